package org.enforcementgraph.system.graphql;

import org.enforcementgraph.system.GraphException;

/** A write by a caller who may not write; reported as {@code FORBIDDEN}. */
public class WriteRefusedException extends GraphException {

	public WriteRefusedException(String message) {
		super(message);
	}

}
