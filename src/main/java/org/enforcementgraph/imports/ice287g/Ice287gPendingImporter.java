package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import ice-287g-pending [--as-of YYYY-MM-DD] FILE...}: snapshots of ICE's list of pending 287(g) requests.
 * With {@code --download}, the pending list ICE's 287(g) page links to now.
 */
@Component
@CommandInfo(name = "ice-287g-pending", usage = ListCommand.USAGE,
		summary = "Snapshots of ICE's 287(g) pending-agencies list (xlsx): when each agency asked, and whether it became an agreement. --download takes the list linked from ICE's 287(g) page (as for ice-287g)")
final class Ice287gPendingImporter implements Importer {

	static final String NAME = "ice-287g-pending";

	private final ListCommand command;

	Ice287gPendingImporter(ListCommand command) {
		this.command = command;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		return this.command.run(NAME, Snapshot.ListKind.PENDING, args, out);
	}

}
