package org.enforcementgraph.system.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.system.GraphProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands run in their own application context, on the database the data-dir setting names. */
@GraphIT
class CommandLineIT {

	@Autowired
	GraphProperties runningServer;

	@Test
	void aCommandAppliesTheMigrationsToTheDataDirectoryItIsGiven(@TempDir Path dir) {
		String dataDir = "--enforcement-graph.data-dir=" + dir.resolve("db");
		Output first = Output.launch("migrate", dataDir);
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).containsPattern("Applied [1-9]\\d* migration\\(s\\); the database is at version \\d+");
		assertThat(Files.isDirectory(dir.resolve("db"))).isTrue();

		Output second = Output.launch("migrate", dataDir);
		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("Applied 0 migration(s)");
	}

	@Test
	void aDatabaseHeldByARunningServerIsReportedInOneLineWithWhatToDo() {
		Output locked = Output.launch("migrate",
				"--enforcement-graph.data-dir=" + this.runningServer.dataDir().toAbsolutePath());
		assertThat(locked.exitCode()).isEqualTo(1);
		assertThat(locked.errLines()).hasSize(1);
		assertThat(locked.err()).contains("is in use by another process")
			.contains("NEO4J_URI=bolt://localhost:")
			.doesNotContain("Exception");
	}

	@Test
	void wrongArgumentsToACommandAreAUsageError(@TempDir Path dir) {
		Output wrong = Output.launch("migrate", "extra", "--enforcement-graph.data-dir=" + dir.resolve("db"));
		assertThat(wrong.exitCode()).isEqualTo(2);
		assertThat(wrong.err()).contains("migrate takes no arguments");
	}

}
