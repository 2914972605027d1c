package org.enforcementgraph.system.migrations;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.cli.Command;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.UsageException;

/** {@code migrate}: applies pending migrations (every command does so first) and says where the database stands. */
@Component
@CommandInfo(name = "migrate", summary = "Apply the Cypher migrations in cypher/migrations and report the database version.")
final class MigrateCommand implements Command {

	private final MigrationRunner migrations;

	MigrateCommand(MigrationRunner migrations) {
		this.migrations = migrations;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			throw new UsageException("migrate takes no arguments; got " + String.join(" ", args));
		}
		out.println("Applied " + this.migrations.appliedAtStartup() + " migration(s); the database is at version "
				+ this.migrations.version() + ".");
		return 0;
	}

}
