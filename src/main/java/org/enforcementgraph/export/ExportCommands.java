package org.enforcementgraph.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.system.cli.Command;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.UsageException;
import org.enforcementgraph.system.graphql.Arguments;

/** The dashboard exports on the command line: the same rows as {@code /export/...}, written to a file. */
final class ExportCommands {

	private ExportCommands() {
	}

	static void write(Path file, IoWriter body) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			body.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	interface IoWriter {

		void write(Writer out) throws IOException;

	}

	@Component
	@CommandInfo(name = "export-counties", usage = "[--as-of YYYY-MM-DD] [--state ST] FILE.csv|FILE.geojson",
			summary = "Write every county with its 287(g) status, models, agreement counts and detention contracts as of a day.")
	static final class Counties implements Command {

		private final DashboardData data;

		Counties(DashboardData data) {
			this.data = data;
		}

		@Override
		public int run(List<String> args, PrintStream out) {
			ImportArguments arguments = ImportArguments.parse(args, Set.of("as-of", "state"), Set.of());
			if (arguments.files().size() != 1) {
				throw new UsageException("export-counties writes one file, FILE.csv or FILE.geojson");
			}
			Path file = arguments.files().get(0);
			LocalDate day = arguments.date("as-of").orElse(LocalDate.now());
			String state = Arguments.postal("--state", arguments.option("state").orElse(null));
			boolean geoJson = file.toString().endsWith(".geojson") || file.toString().endsWith(".json");
			var rows = this.data.counties(day, state, geoJson);
			write(file, w -> {
				if (geoJson) {
					DashboardFormats.geoJson(DashboardData.COUNTY_COLUMNS, rows, w);
				}
				else {
					DashboardFormats.csv(DashboardData.COUNTY_COLUMNS, rows, w);
				}
			});
			out.println("Wrote " + rows.size() + " counties as of " + day + " to " + file);
			return 0;
		}

	}

	@Component
	@CommandInfo(name = "export-facilities", usage = "FILE.csv",
			summary = "Write every detention facility with its newest yearly statistics.")
	static final class Facilities implements Command {

		private final DashboardData data;

		Facilities(DashboardData data) {
			this.data = data;
		}

		@Override
		public int run(List<String> args, PrintStream out) {
			if (args.size() != 1) {
				throw new UsageException("export-facilities writes one file, FILE.csv");
			}
			var rows = this.data.facilities();
			write(Path.of(args.get(0)), w -> DashboardFormats.csv(DashboardData.FACILITY_COLUMNS, rows, w));
			out.println("Wrote " + rows.size() + " facilities to " + args.get(0));
			return 0;
		}

	}

}
