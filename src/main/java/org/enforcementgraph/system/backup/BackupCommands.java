package org.enforcementgraph.system.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.cli.Command;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.UsageException;

/** The command line of backups: {@code export FILE}, {@code restore FILE}, {@code fingerprint}. */
final class BackupCommands {

	private BackupCommands() {
	}

	static Path oneFile(String command, List<String> args) {
		if (args.size() != 1) {
			throw new UsageException(command + " takes one file; got " + args);
		}
		return Path.of(args.get(0));
	}

	@Component
	@CommandInfo(name = "export", usage = "FILE[.gz]",
			summary = "Write the whole graph, with sources and migration history, as JSON Lines (a backup).")
	static final class Export implements Command {

		private final GraphExport export;

		Export(GraphExport export) {
			this.export = export;
		}

		@Override
		public int run(List<String> args, PrintStream out) {
			Path file = oneFile("export", args);
			Map<String, Long> written = this.export.writeTo(file);
			out.println("Exported " + written.get("nodes") + " nodes and " + written.get("relationships")
					+ " relationships to " + file);
			return 0;
		}

	}

	@Component
	@CommandInfo(name = "restore", usage = "FILE[.gz]",
			summary = "Load an export into an empty database, whole or not at all.")
	static final class Restore implements Command {

		private final GraphRestore restore;

		private final Fingerprint fingerprint;

		Restore(GraphRestore restore, Fingerprint fingerprint) {
			this.restore = restore;
			this.fingerprint = fingerprint;
		}

		@Override
		public int run(List<String> args, PrintStream out) {
			Path file = oneFile("restore", args);
			Map<String, Long> read = this.restore.readFrom(file);
			out.println("Restored " + read.get("nodes") + " nodes and " + read.get("relationships") + " relationships from "
					+ file + "; fingerprint " + this.fingerprint.of());
			return 0;
		}

	}

	@Component
	@CommandInfo(name = "fingerprint", usage = "[--facts]",
			summary = "Print the SHA-256 fingerprint of every node, relationship and property (equal graphs, equal prints); --facts leaves out the migration history, to compare two databases")
	static final class Print implements Command {

		private final Fingerprint fingerprint;

		Print(Fingerprint fingerprint) {
			this.fingerprint = fingerprint;
		}

		@Override
		public int run(List<String> args, PrintStream out) {
			if (args.equals(List.of("--facts"))) {
				out.println(this.fingerprint.ofFacts());
				return 0;
			}
			if (!args.isEmpty()) {
				throw new UsageException("fingerprint takes no arguments but --facts");
			}
			out.println(this.fingerprint.of());
			return 0;
		}

	}

}
