package org.enforcementgraph.system.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad configuration ends startup with one line saying what is wrong and how to fix it, and a non-zero exit. */
class StartupFailuresIT {

	@TempDir
	Path dir;

	@Test
	void aDataDirectoryThatCannotBeCreated() throws IOException {
		Path file = Files.writeString(this.dir.resolve("a-file"), "not a folder");
		Output failed = Output.launch(freePorts("--enforcement-graph.data-dir=" + file.resolve("db")));
		assertOneLine(failed, "data directory", "enforcement-graph.data-dir");
	}

	@Test
	void aBoltPortInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Output failed = Output.launch("--enforcement-graph.data-dir=" + this.dir.resolve("db"),
					"--enforcement-graph.embedded.bolt-port=" + taken.getLocalPort(),
					"--enforcement-graph.embedded.http-port=0", "--server.port=0");
			assertOneLine(failed, "already in use", "enforcement-graph.embedded.bolt-port");
		}
	}

	@Test
	void aServerPortInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			Output failed = Output.launch("--enforcement-graph.data-dir=" + this.dir.resolve("db"),
					"--enforcement-graph.embedded.bolt-port=0", "--enforcement-graph.embedded.http-port=0",
					"--server.port=" + taken.getLocalPort());
			assertOneLine(failed, "port " + taken.getLocalPort() + " is already in use", "SERVER_PORT");
		}
	}

	@Test
	void anUnreachableExternalDatabase() {
		System.setProperty("NEO4J_URI", "bolt://127.0.0.1:1");
		try {
			Output failed = Output.launch("--server.port=0");
			assertOneLine(failed, "cannot reach the Neo4j server", "unset NEO4J_URI");
		}
		finally {
			System.clearProperty("NEO4J_URI");
		}
	}

	@Test
	void embeddedConnectorsOnAPublicInterfaceWithoutAuthentication() {
		Output failed = Output.launch(freePorts("--enforcement-graph.data-dir=" + this.dir.resolve("db"),
				"--enforcement-graph.embedded.listen-address=0.0.0.0"));
		assertOneLine(failed, "without authentication", "listen-address=127.0.0.1");
	}

	private static String[] freePorts(String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--enforcement-graph.embedded.bolt-port=0";
		all[args.length + 1] = "--enforcement-graph.embedded.http-port=0";
		all[args.length + 2] = "--server.port=0";
		return all;
	}

	private static void assertOneLine(Output failed, String... fragments) {
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.errLines()).as(failed.err()).hasSize(1);
		assertThat(failed.err()).startsWith("enforcement-graph: cannot start: ").contains(fragments);
	}

}
