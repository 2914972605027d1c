package org.enforcementgraph.imports;

import org.enforcementgraph.system.GraphException;

/**
 * Why a file was refused: our own message as it is, anything else as its root cause's type and message, with what to do
 * where the cause says.
 */
final class ImportFailure {

	/** Neo4j's words when a transaction would take more of the heap than it allows one (70% of it by default). */
	private static final String TRANSACTION_MEMORY_LIMIT = "dbms.memory.transaction.total.max";

	private ImportFailure() {
	}

	static String reason(RuntimeException ex) {
		if (ex instanceof GraphException) {
			return ex.getMessage();
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getClass().getSimpleName() + ": " + root.getMessage();
		if (String.valueOf(root.getMessage()).contains(TRANSACTION_MEMORY_LIMIT)) {
			// The first import of a whole history writes it in one transaction: the 32 participating lists of
			// 2021-2026 need a heap of ~640 MB, more than the server's -Xmx512m (README, Command line).
			return message + ". The files read need more memory in one transaction than the database allows it (Neo4j"
					+ " gives a transaction at most 70% of its heap): run the command with a larger heap (-Xmx1g, or no -Xmx"
					+ " for the JVM's default) or, when it is sent to a server (NEO4J_URI), give the server one; or import"
					+ " the files a few at a time (any grouping gives the same graph)";
		}
		return message;
	}

}
