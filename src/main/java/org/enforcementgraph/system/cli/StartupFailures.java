package org.enforcementgraph.system.cli;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.web.server.PortInUseException;

import org.enforcementgraph.system.GraphException;

/** Says in one line why the application could not start or a command failed, and what to do about it. */
final class StartupFailures {

	private StartupFailures() {
	}

	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof PortInUseException port) {
				return "port " + port.getPort()
						+ " is already in use; stop the other process or choose another port with SERVER_PORT (server.port)";
			}
			if (t instanceof ServiceUnavailableException) {
				return "cannot reach the Neo4j server NEO4J_URI names (" + firstLine(t)
						+ "); check that it runs and the address is right, or unset NEO4J_URI to use the embedded database";
			}
			if (t instanceof AuthenticationException || t instanceof SecurityException) {
				return "the Neo4j server NEO4J_URI names refused the login (" + firstLine(t)
						+ "); check NEO4J_USERNAME and NEO4J_PASSWORD";
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof GraphException graph) {
				return graph.getMessage();
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + firstLine(root);
	}

	private static String firstLine(Throwable t) {
		return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
	}

}
