package org.enforcementgraph.system;

import java.nio.file.Path;

/** Turns what Neo4j throws when the embedded database cannot start into a message that says what to do. */
final class EmbeddedStartFailure {

	private EmbeddedStartFailure() {
	}

	static GraphException explain(RuntimeException ex, Path dataDir, GraphProperties.Embedded settings) {
		String all = causeChain(ex);
		if (all.contains("FileLockException") || all.contains("locked by another process")) {
			return new GraphException("The database in " + dataDir
					+ " is in use by another process (a running Enforcement Graph server?). Stop that process, or"
					+ " send this command to the running server instead: NEO4J_URI=bolt://localhost:"
					+ ((settings.boltPort() != 0) ? settings.boltPort() : "<the server's Bolt port, 7687 by default>")
					+ " java -jar enforcement-graph.jar ...", ex);
		}
		if (all.contains("PortBindException") || all.contains("Address already in use")) {
			return new GraphException("Port " + settings.boltPort() + " (Bolt) or " + settings.httpPort()
					+ " (HTTP) is already in use; stop the other process or set enforcement-graph.embedded.bolt-port"
					+ " / enforcement-graph.embedded.http-port (0 picks a free port)", ex);
		}
		return new GraphException("The embedded database in " + dataDir + " could not start: " + rootMessage(ex), ex);
	}

	private static String causeChain(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
