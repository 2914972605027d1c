package org.enforcementgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the benchmark writes: the figures with their goals, and the hand-written analysis kept across runs. */
class BenchmarkReportTests {

	@TempDir
	Path dir;

	@Test
	void aRatioAboveTheGoalIsMarkedNotMet() {
		Report report = new Report();
		Latencies graphQl = new Latencies();
		Latencies cypher = new Latencies();
		// 1.5x: over the 1.3 goal.
		graphQl.add(System.nanoTime() - 15_000_000);
		cypher.add(System.nanoTime() - 10_000_000);
		report.query("countyProfile", graphQl, cypher, 1);

		String markdown = report.markdown(LocalDate.of(2026, 12, 2));

		assertThat(markdown).contains("2026-12-02");
		assertThat(markdown.lines().filter(l -> l.startsWith("| countyProfile")).findFirst().orElseThrow())
			.contains("| **no** |").endsWith("| 1 | yes |");
	}

	@Test
	void eachLoadRunHasItsOwnRowAndVerdict() {
		Report report = new Report();
		Latencies slow = new Latencies();
		Latencies fast = new Latencies();
		slow.add(System.nanoTime() - 150_000_000);
		fast.add(System.nanoTime() - 50_000_000);
		report.load(new LoadTest(16, 30, 1, 0, slow), "right after the requests above");
		report.load(new LoadTest(16, 30, 1, 0, fast), "the 30 s after those");

		String markdown = report.markdown(LocalDate.of(2026, 12, 6));

		assertThat(markdown.lines().filter(l -> l.contains("right after the requests above")).findFirst().orElseThrow())
			.endsWith("| **no** |");
		assertThat(markdown.lines().filter(l -> l.contains("the 30 s after those")).findFirst().orElseThrow())
			.endsWith("| yes |");
	}

	@Test
	void theAnalysisBelowTheMarkerIsKeptWhenTheFiguresAreWrittenAgain() throws Exception {
		Path file = this.dir.resolve("BENCHMARKS.md");
		Files.writeString(file, "# Benchmarks\n| old figures |\n" + Report.MARKER + "\n## Where the time goes\nGC, mostly.\n");

		assertThat(Benchmark.analysis(file)).isEqualTo("## Where the time goes\nGC, mostly.\n");
	}

	@Test
	void aFileWithoutTheMarkerHasNoAnalysisToKeep() throws Exception {
		Path file = this.dir.resolve("BENCHMARKS.md");
		Files.writeString(file, "# Benchmarks\n| old figures |\n");

		assertThat(Benchmark.analysis(file)).isEmpty();
		assertThat(Benchmark.analysis(this.dir.resolve("absent.md"))).isEmpty();
	}

	@Test
	void theServerRunsWithTheOptionsThePomGives() throws Exception {
		// application.properties carries pom.xml's server.jvm-options, filtered at build time.
		assertThat(Benchmark.serverJvmOptions()).isNotEmpty().allMatch(o -> o.startsWith("-X"))
			.noneMatch(o -> o.contains("@"));
	}

}
