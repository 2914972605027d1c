package org.enforcementgraph.system.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line answers before any database starts. */
class LauncherTests {

	@Test
	void helpListsTheCommandsAndSettings() {
		Output help = Output.launch("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("import SOURCE [OPTIONS] FILE...")
			.contains("migrate")
			.contains("--enforcement-graph.data-dir=")
			.contains("NEO4J_URI");
	}

	@Test
	void unknownCommandSaysSoAndExitsWithUsageError() {
		Output unknown = Output.launch("frobnicate");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.errLines()).containsExactly(
				"enforcement-graph: unknown command 'frobnicate'. Run with --help to list the commands.");
	}

	@Test
	void importWithoutOrWithAnUnknownSourceListsTheKnownSources() {
		Output none = Output.launch("import");
		assertThat(none.exitCode()).isEqualTo(2);
		assertThat(none.err()).startsWith("enforcement-graph: import needs a source, one of:");
		Output unknown = Output.launch("import", "nowhere", "file.xlsx");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown import source 'nowhere'");
	}

	@Test
	void dottedKeyValueOptionsAreSpringPropertiesAndTheRestBelongsToTheCommand() {
		assertThat(Launcher.isSpringProperty("--enforcement-graph.data-dir=/tmp/x")).isTrue();
		assertThat(Launcher.isSpringProperty("--server.port=9090")).isTrue();
		assertThat(Launcher.isSpringProperty("--as-of=2025-01-01")).isFalse();
		assertThat(Launcher.isSpringProperty("--as-of")).isFalse();
		assertThat(Launcher.isSpringProperty("file.xlsx")).isFalse();
	}

}
