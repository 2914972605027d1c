package org.enforcementgraph.imports.agencies;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.ReportFiles;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.PlannerStatistics;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import agencies FILE}: the FBI's roster of law-enforcement agencies (Crime Data Explorer's law enforcement
 * employees file), one Agency per ORI, linked to its state and counties; then the agencies other sources name are
 * matched to it ({@link RosterMatcher}) and those left unmatched are listed ({@code --unmatched FILE}).
 */
@Component
@CommandInfo(name = AgenciesImporter.NAME, usage = "[--unmatched FILE] FILE",
		summary = "The FBI's law-enforcement agency roster (CSV: ori, data_year, pub_agency_name, state_abbr, county_name, agency_type_name, population, officer_ct, civilian_ct)")
final class AgenciesImporter implements Importer {

	static final String NAME = "agencies";

	private final FileImports imports;

	private final SourceFiles sources;

	private final StateNodes states;

	private final RosterMatcher matcher;

	private final CountyLinker linker;

	private final TransactionTemplate transactions;

	private final Cypher cypher;

	private final PlannerStatistics statistics;

	AgenciesImporter(FileImports imports, SourceFiles sources, StateNodes states, RosterMatcher matcher, CountyLinker linker,
			TransactionTemplate transactions, Cypher cypher, PlannerStatistics statistics) {
		this.imports = imports;
		this.sources = sources;
		this.states = states;
		this.matcher = matcher;
		this.linker = linker;
		this.transactions = transactions;
		this.cypher = cypher;
		this.statistics = statistics;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("unmatched"), Set.of());
		int code = this.imports.run(NAME, arguments.existingFiles(false), this::importFile, arguments.rejectedReport(NAME), out);
		// Matching reads the whole graph, whichever files were imported or skipped, so it runs once, after them.
		RosterMatcher.Result matched = this.transactions.execute(status -> this.matcher.match());
		int linked = this.transactions.execute(status -> this.linker.linkAgencies());
		// Matching and linking write after the files: the statistics must count what they wrote too.
		this.statistics.refreshAfterBulkWrite();
		Path report = Path.of(arguments.option("unmatched").orElse("unmatched-" + NAME + ".csv"));
		out.println("Matching: " + matched + "; agency-county links new " + linked
				+ (matched.unmatched().isEmpty() ? "" : "; not matched (" + matched.unmatched().size() + ", each with why): " + report));
		writeUnmatched(matched.unmatched(), report);
		return code;
	}

	ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		List<TableRow> table = CsvTables.read(file, ',', RosterReading.COLUMNS).rows();
		RosterReading reading = new RosterReading();
		table.forEach(row -> reading.read(row, rejected));
		String sourceId = this.sources.record(NAME, file, Map.of("title", "FBI law enforcement employees roster (" + file.name() + ")",
				"publisher", "Federal Bureau of Investigation, Crime Data Explorer", "kind", "DATA_FILE",
				"vintage", reading.rows().stream().map(RosterRow::dataYear).filter(y -> y != null).max(Integer::compare).orElse(0)));
		this.states.ensure(reading.rows().stream().map(RosterRow::state).distinct().toList(), sourceId);
		int created = new RosterWriter(this.cypher).write(reading.rows(), reading.cleanups(), sourceId);
		return new ImportSummary().add("rows read", table.size())
			.add("agencies new", created)
			.add("agencies updated", reading.rows().size() - created)
			.add("corrections applied", reading.cleanups().size())
			.add("rows rejected", rejected.count());
	}

	private static void writeUnmatched(List<RosterMatching.Outcome> unmatched, Path report) {
		if (unmatched.isEmpty()) {
			return;
		}
		ReportFiles.writeCsv(report, List.of("id", "name", "state", "kind", "reason"), unmatched.stream()
			.sorted(Comparator.comparing(RosterMatching.Outcome::agencyId))
			.<List<?>>map(o -> Arrays.asList(o.agencyId(), o.agency().name(), o.agency().state(), o.agency().kind(), o.reason()))
			.toList());
	}

}
