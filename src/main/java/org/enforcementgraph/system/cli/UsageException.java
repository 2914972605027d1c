package org.enforcementgraph.system.cli;

import org.enforcementgraph.system.GraphException;

/** The command line itself is wrong (unknown command, missing file argument); exit code 2. */
public class UsageException extends GraphException {

	public UsageException(String message) {
		super(message);
	}

}
