package org.enforcementgraph.system.crash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.enforcementgraph.RealData;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code kill -9} of a real import process while it writes: every file is then either fully imported or not at all,
 * and running the same import again completes it, to the very graph an uninterrupted import makes.
 */
class KilledImportIT {

	static final Path JAR = Path.of("target", "enforcement-graph.jar");

	@Test
	void anImportKilledWhileWritingLeavesEachFileWholeOrAbsentAndARerunCompletesIt(@TempDir Path dir) throws Exception {
		assumeTrue(Files.isRegularFile(JAR), "the jar is built by mvn package, before the integration tests");
		List<String> lists;
		try (Stream<Path> files = Files.list(RealData.path("287g/relevantresearch/participatingAgencies"))) {
			lists = files.map(Path::toString).filter(f -> f.endsWith(".xlsx")).sorted().toList();
		}
		Path killed = dir.resolve("killed");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString(), "import", "ice-287g", "--enforcement-graph.data-dir=" + killed));
		command.addAll(lists);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean writing = false;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith("Writing the ")) {
					writing = true;
					Thread.sleep(500);
					process.destroyForcibly();
					break;
				}
			}
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(writing).as("the process was killed while writing").isTrue();
		assertThat(process.exitValue()).as("killed, not finished").isNotZero();

		List<String> again = new ArrayList<>(List.of("import", "ice-287g", "--enforcement-graph.data-dir=" + killed));
		again.addAll(lists);
		Output rerun = Output.launch(again.toArray(String[]::new));
		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		// All files were written in one transaction: after the kill either none is in the graph or all are.
		assertThat(rerun.out()).containsAnyOf("Total: 32 files imported", "Total: 32 files skipped");

		Path clean = dir.resolve("clean");
		List<String> uninterrupted = new ArrayList<>(List.of("import", "ice-287g", "--enforcement-graph.data-dir=" + clean));
		uninterrupted.addAll(lists);
		assertThat(Output.launch(uninterrupted.toArray(String[]::new)).exitCode()).isZero();
		String afterRerun = Output.launch("fingerprint", "--facts", "--enforcement-graph.data-dir=" + killed).out().strip();
		assertThat(afterRerun).matches("[0-9a-f]{64}")
			.isEqualTo(Output.launch("fingerprint", "--facts", "--enforcement-graph.data-dir=" + clean).out().strip());
	}

}
