package org.enforcementgraph.imports.laws;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import laws FILE...}: state laws on cooperation with ICE, one row per (law, kind) as in the curated
 * {@code state-laws.csv}; the rows of a law become one {@code Law} with every kind,
 * {@code (:State)-[:ENACTED]->(:Law)}, each citing the page and quote of its rows and the file.
 */
@Component
@CommandInfo(name = "laws", usage = "FILE...",
		summary = "State laws on cooperation with ICE (CSV: state_postal, law_id, title, kind, applies_to, dates, source_url, source_quote)")
final class LawsImporter implements Importer {

	static final String NAME = "laws";

	private final FileImports imports;

	private final SourceFiles sources;

	private final QuotedSources passages;

	private final StateNodes states;

	private final Cypher cypher;

	LawsImporter(FileImports imports, SourceFiles sources, QuotedSources passages, StateNodes states, Cypher cypher) {
		this.imports = imports;
		this.sources = sources;
		this.passages = passages;
		this.states = states;
		this.cypher = cypher;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of(), Set.of());
		return this.imports.run(NAME, arguments.existingFiles(false), this::importFile, arguments.rejectedReport(NAME), out);
	}

	ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		List<TableRow> table = CsvTables.read(file, ',', LawRow.COLUMNS).rows();
		Map<String, List<LawRow>> byLaw = new LinkedHashMap<>();
		for (TableRow row : table) {
			LawRow.read(row, rejected).ifPresent(law -> byLaw.computeIfAbsent(law.id(), id -> new ArrayList<>()).add(law));
		}
		String fileSource = this.sources.record(NAME, file,
				Map.of("title", "State laws on cooperation with ICE (" + file.name() + ")", "kind", "DATA_FILE"));
		List<LawRow> usable = byLaw.values().stream().flatMap(List::stream).toList();
		this.passages.record(usable.stream().map(LawRow::passage).distinct().toList());
		this.states.ensure(usable.stream().map(LawRow::state).distinct().toList(), fileSource);
		List<Map<String, Object>> laws = byLaw.values().stream().map(rows -> new LawRecord(rows).properties()).toList();
		Map<String, Object> written = this.cypher.rows("""
				MATCH (file:Source {id: $fileSource})
				UNWIND $laws AS row
				MATCH (state:State {postal: row.state})
				MERGE (n:Law {id: row.id})
				ON CREATE SET n._new = true, n.state = row.state
				SET n.billId = %s, n.title = %s, n.appliesTo = %s, n.summary = %s,
				    n.enactedAsPrinted = %s, n.effectiveAsPrinted = %s, n.deadlineAsPrinted = %s,
				    n.enactedOn = %s, n.effectiveOn = %s, n.deadline = %s,
				    n.kinds = %s, n.appliesToKinds = %s
				SET n.inForceFrom = coalesce(n.effectiveOn, n.enactedOn, %s)
				MERGE (n)-[:CITES]->(file)
				WITH n, row, state
				CALL (n, row) { UNWIND row.sources AS id MATCH (s:Source {id: id}) MERGE (n)-[:CITES]->(s) }
				MERGE (state)-[r:ENACTED]->(n)
				SET r.sources = %s
				WITH n, n._new IS NOT NULL AS isNew
				REMOVE n._new
				RETURN count(*) AS laws, count(CASE WHEN isNew THEN 1 END) AS created""".formatted(longer("billId"),
				longer("title"), longer("appliesTo"), longer("summary"), longer("enactedAsPrinted"),
				longer("effectiveAsPrinted"), longer("deadlineAsPrinted"), earlier("enactedOn"), earlier("effectiveOn"),
				earlier("deadline"), Cypher.sortedSetWith("n.kinds", "row.kinds"),
				Cypher.sortedSetWith("n.appliesToKinds", "row.appliesToKinds"), earlier("inForceFrom"),
				Cypher.sortedSetWith("r.sources", "row.sources + $fileSource")),
				Map.of("fileSource", fileSource, "laws", laws))
			.get(0);
		int total = ((Number) written.get("laws")).intValue();
		int created = ((Number) written.get("created")).intValue();
		return new ImportSummary().add("rows read", table.size())
			.add("laws new", created)
			.add("laws updated", total - created)
			.add("rows rejected", rejected.count());
	}

	/** Keeps the longer text (then the first alphabetically), so files may be imported in any order. */
	private static String longer(String property) {
		return ("CASE WHEN n.%1$s IS NULL OR (row.%1$s IS NOT NULL AND (size(row.%1$s) > size(n.%1$s)"
				+ " OR (size(row.%1$s) = size(n.%1$s) AND row.%1$s < n.%1$s))) THEN row.%1$s ELSE n.%1$s END").formatted(property);
	}

	/** Keeps the earlier date, so files may be imported in any order. */
	private static String earlier(String property) {
		return "CASE WHEN n.%1$s IS NULL OR (row.%1$s IS NOT NULL AND row.%1$s < n.%1$s) THEN row.%1$s ELSE n.%1$s END"
			.formatted(property);
	}

}
