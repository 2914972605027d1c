package org.enforcementgraph.system.cli;

import java.io.PrintStream;
import java.util.List;

/** A subcommand of the jar; implementations are Spring beans annotated with {@link CommandInfo}. */
public interface Command {

	/**
	 * Runs with the arguments after the command's name.
	 * @return the process exit code: 0 success, 1 failure, 2 wrong usage
	 */
	int run(List<String> args, PrintStream out);

}
