package org.enforcementgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** This jar, run as another process: commands, and the server with its ports, memory and GraphQL endpoint. */
final class ServerProcess implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final int httpPort;

	final int boltPort;

	final double startupSeconds;

	private final Process process;

	private ServerProcess(Process process, int httpPort, int boltPort, double startupSeconds) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.startupSeconds = startupSeconds;
	}

	/** {@code java -jar <this jar> ARGS...}, its output in {@code log}; returns what it printed. */
	static String command(Path log, List<String> args) throws Exception {
		// In the scratch folder, where the import's reports of unmatched rows land too.
		Process process = new ProcessBuilder(javaAnd(args)).directory(log.toAbsolutePath().getParent().toFile())
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("failed: " + args + "\n" + Files.readString(log));
		}
		return Files.readString(log);
	}

	/**
	 * Starts the server on {@code dataDir} with the JVM options {@code jvmOptions} and waits until GraphQL answers;
	 * the time that takes is its startup.
	 */
	static ServerProcess start(Path dataDir, Path log, List<String> jvmOptions) throws Exception {
		return start(dataDir, log, jvmOptions, jar());
	}

	/**
	 * The same, from the extracted jar with the JDK's ahead-of-time cache {@code cache} the build made beside this
	 * jar ({@link #aotCache}), as the README says to run the server.
	 */
	static ServerProcess startWithAotCache(Path dataDir, Path log, List<String> jvmOptions, Path cache) throws Exception {
		List<String> options = new ArrayList<>(jvmOptions);
		options.add("-XX:AOTCache=" + cache);
		return start(dataDir, log, options, extractedJar().toString());
	}

	/**
	 * The cache {@code mvn package} writes on Java 25 and later (target/app/NAME.aot), if it is there and was made
	 * from this jar: a build with {@code -Daot.skip} leaves an earlier build's extracted jar and cache behind.
	 */
	static Optional<Path> aotCache() throws IOException {
		Path extracted = extractedJar();
		Path cache = extracted.resolveSibling(extracted.getFileName().toString().replaceFirst("\\.jar$", ".aot"));
		boolean fromThisJar = Files.isRegularFile(cache) && Files.isRegularFile(extracted)
				&& Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(Path.of(jar()))) >= 0;
		return fromThisJar ? Optional.of(cache) : Optional.empty();
	}

	private static Path extractedJar() {
		Path jar = Path.of(jar()).toAbsolutePath();
		return jar.resolveSibling("app").resolve(jar.getFileName());
	}

	private static ServerProcess start(Path dataDir, Path log, List<String> jvmOptions, String jar) throws Exception {
		int http = freePort();
		int bolt = freePort();
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar, "--enforcement-graph.data-dir=" + dataDir, "--server.port=" + http,
				"--enforcement-graph.embedded.bolt-port=" + bolt, "--enforcement-graph.embedded.http-port=" + freePort(),
				"--enforcement-graph.bench.echo-cypher=true", "--enforcement-graph.profile.warm-up=false"));
		Process process = new ProcessBuilder(command)
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ServerProcess server = new ServerProcess(process, http, bolt, 0);
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server stopped:\n" + Files.readString(log));
			}
			try {
				if (server.graphQl("{ states { postal } }", Map.of()).has("data")) {
					break;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		return new ServerProcess(process, http, bolt, (System.nanoTime() - started) / 1e9);
	}

	JsonNode graphQl(String query, Map<String, Object> variables) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.httpPort + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
			.build();
		return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	/** Resident memory of the server process, from /proc. */
	long residentMegabytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	/** Stops the server as SIGTERM does; returns how long it took. */
	double stop() throws InterruptedException {
		long started = System.nanoTime();
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			stop();
		}
	}

	private static List<String> javaAnd(List<String> args) {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
		command.addAll(args);
		return command;
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static String jar() {
		return Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
