package org.enforcementgraph.imports.wapo;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.agencies.RosterMatcher;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import wapo-287g FILE...}: the Washington Post's curated history of 287(g) agencies, 2005–2019, with the
 * sheriffs in office when it was compiled. Each agency's marked years become 287(g) agreements of year precision
 * (status {@code HISTORICAL}: ICE's lists from 2021 on tell what followed), and each head named a {@code Person}
 * who {@code HELD_OFFICE} at the agency in the year of the file.
 */
@Component
@CommandInfo(name = "wapo-287g", usage = "FILE...",
		summary = "The Washington Post's curated 287(g) history 2005-2019 (287g_curated_YYYY.xlsx): past agreements by year and the sheriffs")
final class WapoImporter implements Importer {

	static final String NAME = "wapo-287g";

	static final String PUBLISHER = "The Washington Post (wpinvestigative/sheriffs_287g)";

	private static final Pattern YEAR_IN_NAME = Pattern.compile(".*?(20\\d\\d).*\\.xlsx$");

	private final FileImports imports;

	private final SourceFiles sources;

	private final StateNodes states;

	private final CountyLinker linker;

	private final RosterMatcher matcher;

	private final WapoWriter writer;

	WapoImporter(FileImports imports, SourceFiles sources, StateNodes states, CountyLinker linker, RosterMatcher matcher,
			Cypher cypher) {
		this.imports = imports;
		this.sources = sources;
		this.states = states;
		this.linker = linker;
		this.matcher = matcher;
		this.writer = new WapoWriter(cypher);
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of(), Set.of());
		return this.imports.run(NAME, arguments.existingFiles(false), this::importFile, arguments.rejectedReport(NAME), out);
	}

	private ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		Matcher year = YEAR_IN_NAME.matcher(file.name());
		if (!year.matches()) {
			throw new GraphException(file.name() + ": cannot tell which year it describes from its name (expected"
					+ " 287g_curated_YYYY.xlsx)");
		}
		int compiled = Integer.parseInt(year.group(1));
		List<WapoSheet.Cleanup> cleanups = new ArrayList<>();
		List<WapoRow> rows;
		int rowsRead;
		try (Workbook workbook = Spreadsheets.open(file)) {
			Spreadsheets.Table table = Spreadsheets.table(file, workbook, name -> true, List.of("State", "County", "y2019"), 10);
			rowsRead = table.rows().size();
			rows = WapoSheet.read(table, file.name(), rejected, cleanups);
		}
		catch (IOException ex) {
			throw new GraphException(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		Map<String, Object> source = new HashMap<>();
		source.put("title", "287(g) agencies 2005-2019 with their sheriffs, as compiled in " + compiled + " (" + file.name() + ")");
		source.put("publisher", PUBLISHER);
		source.put("url", "https://github.com/wpinvestigative/sheriffs_287g");
		source.put("note", "CC BY-NC-SA 4.0; years of participation marked per agency, sheriffs as of the compilation");
		source.put("compiledYear", compiled);
		String sourceId = this.sources.record(NAME, file, source);
		this.states.ensure(rows.stream().map(WapoRow::state).distinct().toList(), sourceId);
		WapoWriter.Written written = this.writer.write(rows, compiled, sourceId, cleanups);
		int matched = this.matcher.match().matched();
		int linked = this.linker.linkAgencies();
		return new ImportSummary().add("rows read", rowsRead)
			.add("agencies", written.agencies())
			.add("past agreements", written.agreements())
			.add("sheriffs and heads", written.people())
			.add("corrections applied", cleanups.size())
			.add("rows rejected", rejected.count())
			.add("agencies linked to their county", linked)
			.add("agencies matched to the FBI roster", matched);
	}

}
