package org.enforcementgraph.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.enforcementgraph.bench.Benchmark.number;

/** The figures of one run, written as BENCHMARKS.md with the machine, the goals and whether each was met. */
final class Report {

	/** Ends the figures; what follows it in BENCHMARKS.md is written by hand and kept when the benchmark runs again. */
	static final String MARKER = "\n<!-- The figures above are written by the bench command; the text below is kept as it is. -->\n";

	private final List<String> queries = new ArrayList<>();

	private final List<String> other = new ArrayList<>();

	void query(String name, Latencies graphQl, Latencies cypher, int statements) {
		double ratio = graphQl.percentile(50) / cypher.percentile(50);
		this.queries.add("| " + name + " | " + number(graphQl.percentile(50)) + " | " + number(graphQl.percentile(99)) + " | "
				+ number(cypher.percentile(50)) + " | " + number(cypher.percentile(99)) + " | " + String.format("%.2f", ratio)
				+ " | " + met(ratio <= 1.3) + " | " + statements + " | " + met(statements <= 2) + " |");
	}

	/**
	 * The import runs as a command, in a fresh JVM; so does the plain read it is measured against (cold), which is
	 * also shown read again in the benchmark's own JVM (warm), where POI's code is already compiled.
	 */
	void importFigures(long cells, double coldPlainSeconds, double warmPlainSeconds, double importSeconds, double againSeconds) {
		this.other.add("| import of the 37 ICE 287(g) lists (32 participating, 5 pending), in a fresh JVM, from the"
				+ " first file read to the summary | " + number(importSeconds) + " s; a plain read of the same " + cells
				+ " cells with Apache POI: " + number(coldPlainSeconds) + " s in a fresh JVM (ratio "
				+ String.format("%.1f", importSeconds / coldPlainSeconds) + "), " + number(warmPlainSeconds)
				+ " s warm (ratio " + String.format("%.1f", importSeconds / warmPlainSeconds) + ") | at most 2 × the plain read | "
				+ met(importSeconds <= 2 * coldPlainSeconds) + " |");
		this.other.add("| import of the same 37 files again (nothing changes) | " + number(againSeconds) + " s | at most 3 s | "
				+ met(againSeconds <= 3) + " |");
	}

	/** One load run; {@code when} says which (the first after the contract queries, or the one after it). */
	void load(LoadTest load, String when) {
		this.other.add("| " + load.clients() + " clients for " + load.seconds() + " s on `countyProfile` of random counties, " + when + " | "
				+ number(load.throughput()) + " requests/s, p50 " + number(load.latencies().percentile(50)) + " ms, p99 "
				+ number(load.latencies().percentile(99)) + " ms, " + load.errors() + " errors in " + load.requests()
				+ " | p99 at most 100 ms, no error | " + met(load.latencies().percentile(99) <= 100 && load.errors() == 0) + " |");
	}

	void memory(String jvmOptions, boolean aotCache, long residentMegabytes, double startupSeconds, double shutdownSeconds) {
		String how = aotCache ? "`java -XX:AOTCache=target/app/enforcement-graph.aot " + jvmOptions
				+ " -jar target/app/enforcement-graph.jar`" : "`java " + jvmOptions + " -jar target/enforcement-graph.jar`";
		this.other.add("| resident memory of the server with all the data, after the load, run as the project runs it ("
				+ how + ") | " + residentMegabytes + " MB | at most 700 MB | " + met(residentMegabytes <= 700) + " |");
		this.other.add("| start to serving GraphQL with all the data, the same way | " + number(startupSeconds) + " s | at most 12 s | "
				+ met(startupSeconds <= 12) + " |");
		this.other.add("| clean shutdown (SIGTERM) | " + number(shutdownSeconds) + " s | at most 5 s | " + met(shutdownSeconds <= 5) + " |");
	}

	void bareMemory(long residentMegabytes, double startupSeconds, LoadTest load) {
		this.other.add("| the same, the server run as bare `java -jar target/enforcement-graph.jar` (no AOT cache; the JVM sizes"
				+ " its heap at a quarter of the machine's memory), after the same profile requests | " + residentMegabytes
				+ " MB (load: p50 " + number(load.latencies().percentile(50)) + " ms, p99 " + number(load.latencies().percentile(99))
				+ " ms, " + load.errors() + " errors; startup " + number(startupSeconds) + " s) | (for comparison) | |");
	}

	String markdown(LocalDate day) {
		Runtime runtime = Runtime.getRuntime();
		StringBuilder md = new StringBuilder("# Benchmarks\n\n");
		md.append("Written by `java -jar target/enforcement-graph.jar bench` on ").append(day).append(": ")
			.append(runtime.availableProcessors()).append(" cores, ")
			.append(ManagementFactory.getOperatingSystemMXBean().getName()).append(", Java ")
			.append(System.getProperty("java.version")).append(", default settings. All the real data of `../shared/data`")
			.append(" imported into a scratch database by the jar's own commands, then served by the jar in another process.")
			.append("\n\n## GraphQL requests against the same answer in Cypher\n\n")
			.append("Each request ").append(Benchmark.WARM_UP).append(" times untimed, then ").append(Benchmark.TIMES)
			.append(" times, over HTTP. The Cypher column sends the very statements the server ran for that request")
			.append(" (echoed by the benchmark's server) straight through the driver over Bolt: the ratio is what the GraphQL")
			.append(" layer adds (parsing, validation, limits, compiling the projection, JSON over HTTP).\n\n")
			.append("| request | GraphQL p50 ms | GraphQL p99 ms | Cypher p50 ms | Cypher p99 ms | p50 ratio | ratio ≤ 1.3 |")
			.append(" statements | statements ≤ 2 |\n|---|---|---|---|---|---|---|---|---|\n");
		this.queries.forEach(line -> md.append(line).append('\n'));
		md.append("\n## Import, load, memory, startup\n\n| what | measured | goal | met |\n|---|---|---|---|\n");
		this.other.forEach(line -> md.append(line).append('\n'));
		return md.toString();
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

}
