package org.enforcementgraph.system.cli;

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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.enforcementgraph.bench.Benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server runs as the README says to run it on Java 25: from the extracted jar with the ahead-of-time cache that
 * {@code mvn package} trained. {@code -XX:AOTMode=on} makes the JVM refuse to start when the cache cannot be used
 * (another JDK, another class path), where the default mode would quietly start without it.
 */
class AotCacheIT {

	static final Path APP = Path.of("target", "app");

	static final Path CACHE = APP.resolve("enforcement-graph.aot");

	@TempDir
	Path dir;

	@Test
	void theServerStartsWithTheCacheTheBuildMadeAndAnswers() throws Exception {
		// aot.skip is the build's: true below Java 25 or with -Daot.skip, when no cache was made.
		assumeTrue(!Boolean.getBoolean("aot.skip"), "this build made no AOT cache (Java 24 or older, or -Daot.skip)");
		assertThat(CACHE).as("mvn package on Java 25 trains the cache").isRegularFile();
		assertThat(APP.resolve("enforcement-graph.jar")).as("the extracted jar beside it").isRegularFile();
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:AOTMode=on", "-XX:AOTCache=" + CACHE));
		// The options the cache was trained with and the README runs the server with (pom.xml's server.jvm-options).
		command.addAll(Benchmark.serverJvmOptions());
		command.addAll(List.of("-jar", APP.resolve("enforcement-graph.jar").toString(),
				"--enforcement-graph.data-dir=" + this.dir.resolve("db"), "--server.port=" + port,
				"--enforcement-graph.embedded.bolt-port=0", "--enforcement-graph.embedded.http-port=0"));
		Path log = this.dir.resolve("server.log");
		Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			String answer = null;
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (answer == null && System.nanoTime() < deadline) {
				assertThat(server.isAlive()).as("the server stopped:\n%s", Files.readString(log)).isTrue();
				answer = statePostals(port);
				if (answer == null) {
					Thread.sleep(200);
				}
			}
			assertThat(answer).as(Files.readString(log)).startsWith("{\"data\":{\"states\":");
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	/** The GraphQL answer to the list of states (none in an empty graph), or null while the server is not up yet. */
	private static String statePostals(int port) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ states { postal } }\"}"))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException notYet) {
			return null;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
