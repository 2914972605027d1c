package org.enforcementgraph.system;

/**
 * The one exception type of this project: its message says what is wrong and what to do, in words a user
 * understands (which file, row, column, value; which setting), so it can be printed as it is.
 */
public class GraphException extends RuntimeException {

	public GraphException(String message) {
		super(message);
	}

	public GraphException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Wraps {@code cause} unless it already is a {@link GraphException}, so messages never nest twice. */
	public static GraphException of(String message, Throwable cause) {
		return (cause instanceof GraphException graph) ? graph : new GraphException(message, cause);
	}

}
