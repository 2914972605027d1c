package org.enforcementgraph.system.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One public data source that {@code import <name>} loads; implementations are Spring beans annotated with
 * {@link CommandInfo}. Each file is imported whole or not at all.
 */
public interface Importer {

	/**
	 * Imports what the arguments name, printing progress and a summary to {@code out}.
	 * @return the process exit code: 0 success, 1 a file was refused, 2 wrong usage
	 */
	int run(List<String> args, PrintStream out);

}
