package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import ice-287g [--as-of YYYY-MM-DD] FILE...}: snapshots of ICE's list of agencies participating in 287(g),
 * in any number and any order; the history of every agreement is derived from all of them. With {@code --download},
 * the list ICE's 287(g) page links to now.
 */
@Component
@CommandInfo(name = "ice-287g", usage = ListCommand.USAGE,
		summary = "Snapshots of ICE's 287(g) participating-agencies list (xlsx), any number in any order; the date comes from ICE's file name unless --as-of gives it. --download takes the list linked from ICE's 287(g) page, whose address is set in "
				+ ListDownload.SETTING + " or given with --url")
final class Ice287gImporter implements Importer {

	static final String NAME = "ice-287g";

	private final ListCommand command;

	Ice287gImporter(ListCommand command) {
		this.command = command;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		return this.command.run(NAME, Snapshot.ListKind.PARTICIPATING, args, out);
	}

}
