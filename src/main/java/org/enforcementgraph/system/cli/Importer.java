package org.enforcementgraph.system.cli;

/**
 * One public data source that {@code import <name> ...} loads: a {@link Command} whose {@link CommandInfo} names
 * the source. Each file is imported whole or not at all; {@code run} prints progress and a summary and returns 0,
 * 1 when a file was refused, or 2 for wrong usage.
 */
public interface Importer extends Command {

}
