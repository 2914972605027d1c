package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;
import org.enforcementgraph.system.cli.UsageException;

/**
 * {@code import ice-287g [--as-of YYYY-MM-DD] FILE...}: snapshots of ICE's list of agencies participating in 287(g),
 * in any number and any order; the history of every agreement is derived from all of them.
 */
@Component
@CommandInfo(name = "ice-287g", usage = "[--as-of YYYY-MM-DD] FILE...",
		summary = "Snapshots of ICE's 287(g) participating-agencies list (xlsx), any number in any order; the date comes from ICE's file name unless --as-of gives it")
final class Ice287gImporter implements Importer {

	static final String NAME = "ice-287g";

	private final FileImports imports;

	private final ListImport.Services services;

	Ice287gImporter(FileImports imports, ListImport.Services services) {
		this.imports = imports;
		this.services = services;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		return run(NAME, Snapshot.ListKind.PARTICIPATING, this.imports, this.services, args, out);
	}

	static int run(String name, Snapshot.ListKind list, FileImports imports, ListImport.Services services, List<String> args,
			PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("as-of"), Set.of());
		var files = arguments.existingFiles(false);
		var asOf = arguments.date("as-of");
		if (asOf.isPresent() && files.size() > 1) {
			throw new UsageException("--as-of gives one date, so it takes one file; got " + files.size());
		}
		return imports.runTogether(name, files, new ListImport(list, name, asOf, services), arguments.rejectedReport(name), out);
	}

}
