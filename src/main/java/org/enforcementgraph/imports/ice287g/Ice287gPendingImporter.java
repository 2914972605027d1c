package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/** {@code import ice-287g-pending [--as-of YYYY-MM-DD] FILE...}: snapshots of ICE's list of pending 287(g) requests. */
@Component
@CommandInfo(name = "ice-287g-pending", usage = "[--as-of YYYY-MM-DD] FILE...",
		summary = "Snapshots of ICE's 287(g) pending-agencies list (xlsx): when each agency asked, and whether it became an agreement")
final class Ice287gPendingImporter implements Importer {

	static final String NAME = "ice-287g-pending";

	private final FileImports imports;

	private final ListImport.Services services;

	Ice287gPendingImporter(FileImports imports, ListImport.Services services) {
		this.imports = imports;
		this.services = services;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		return Ice287gImporter.run(NAME, Snapshot.ListKind.PENDING, this.imports, this.services, args, out);
	}

}
