package org.enforcementgraph.system.graphql;

import org.enforcementgraph.system.GraphException;

/** A GraphQL argument the API cannot answer for, e.g. a malformed FIPS code; reported as {@code BAD_REQUEST}. */
public class InvalidArgumentException extends GraphException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
