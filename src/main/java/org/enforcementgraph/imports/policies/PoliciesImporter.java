package org.enforcementgraph.imports.policies;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.EnumWords;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.LocalJurisdictions;
import org.enforcementgraph.imports.PartialDate;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import policies FILE...}: local policies on cooperation with ICE (README, "Policies" format), each
 * {@code (:County|Place|Agency)-[:ADOPTED]->(:Policy)} citing the page and quote of its row and the file.
 */
@Component
@CommandInfo(name = "policies", usage = "FILE...",
		summary = "Local policies on cooperation with ICE (CSV: jurisdiction, state, topic, stance, instrument, adopted, repealed, title, summary, source_*)")
final class PoliciesImporter implements Importer {

	static final String NAME = "policies";

	static final List<String> COLUMNS = List.of("jurisdiction", "state", "topic", "stance", "instrument", "adopted",
			"repealed", "title", "summary", "source_url", "source_quote");

	static final List<String> TOPICS = List.of("DETAINERS", "RELEASE_NOTIFICATION", "JAIL_ACCESS", "STATUS_INQUIRY",
			"LOCAL_RESOURCES", "DATA_SHARING", "ADMINISTRATIVE_WARRANTS", "PROSECUTOR_COOPERATION");

	static final List<String> STANCES = List.of("COOPERATES", "LIMITS", "PROHIBITS");

	static final List<String> INSTRUMENTS = List.of("ORDINANCE", "SHERIFF_POLICY", "RESOLUTION", "EXECUTIVE_ORDER",
			"COURT_ORDER", "OTHER");

	private final FileImports imports;

	private final SourceFiles sources;

	private final QuotedSources passages;

	private final StateNodes states;

	private final Cypher cypher;

	PoliciesImporter(FileImports imports, SourceFiles sources, QuotedSources passages, StateNodes states, Cypher cypher) {
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
		List<TableRow> table = CsvTables.read(file, ',', COLUMNS).rows();
		LocalJurisdictions jurisdictions = LocalJurisdictions.load(this.cypher);
		List<Map<String, Object>> policies = new ArrayList<>();
		List<LocalJurisdictions.Jurisdiction> adopters = new ArrayList<>();
		List<QuotedSources.Passage> pages = new ArrayList<>();
		for (TableRow row : table) {
			Optional<LocalJurisdictions.Jurisdiction> jurisdiction = jurisdictions.resolve(row, "jurisdiction", rejected);
			Optional<Map<String, Object>> policy = jurisdiction.flatMap(j -> policy(row, j, rejected));
			if (policy.isPresent()) {
				QuotedSources.Passage page = SourcedRows.passage(row);
				pages.add(page);
				policy.get().put("sources", List.of(page.id()));
				policies.add(policy.get());
				adopters.add(jurisdiction.get());
			}
		}
		String fileSource = this.sources.record(NAME, file, Map.of("title", "Local policies on cooperation with ICE (" + file.name() + ")"));
		this.passages.record(pages.stream().distinct().toList());
		this.states.ensure(adopters.stream().filter(j -> j.state() != null).map(LocalJurisdictions.Jurisdiction::state).distinct().toList(), fileSource);
		LocalJurisdictions.writePlaces(this.cypher, adopters, fileSource);
		Map<String, Object> written = this.cypher.rows("""
				MATCH (file:Source {id: $file})
				UNWIND $policies AS row
				CALL (row) { OPTIONAL MATCH (c:County {id: row.adopter}) OPTIONAL MATCH (a:Agency {id: row.adopter})
				             OPTIONAL MATCH (p:Place {id: row.adopter}) RETURN coalesce(c, a, p) AS adopter }
				MERGE (n:Policy {id: row.id})
				ON CREATE SET n._new = true
				SET n.topic = row.topic, n.stance = row.stance, n.instrument = row.instrument,
				    n.title = %s, n.summary = %s, n.adoptedOn = row.adoptedOn, n.adoptedAsPrinted = row.adoptedAsPrinted,
				    n.repealedOn = %s
				MERGE (n)-[:CITES]->(file)
				WITH n, row, adopter, file
				CALL (n, row) { UNWIND row.sources AS id MATCH (s:Source {id: id}) MERGE (n)-[:CITES]->(s) }
				MERGE (adopter)-[r:ADOPTED]->(n)
				SET r.sources = %s
				WITH n, n._new IS NOT NULL AS isNew
				REMOVE n._new
				RETURN count(DISTINCT n) AS policies, count(DISTINCT CASE WHEN isNew THEN n END) AS created""".formatted(
				SourcedRows.longer("title"), SourcedRows.longer("summary"), SourcedRows.earlier("repealedOn"),
				Cypher.sortedSetWith("r.sources", "row.sources + $file")),
				Map.of("file", fileSource, "policies", policies))
			.get(0);
		int total = ((Number) written.get("policies")).intValue();
		int created = ((Number) written.get("created")).intValue();
		return new ImportSummary().add("rows read", table.size())
			.add("policies new", created)
			.add("policies updated", total - created)
			.add("rows rejected", rejected.count());
	}

	private static Optional<Map<String, Object>> policy(TableRow row, LocalJurisdictions.Jurisdiction adopter, RejectedRows rejected) {
		Optional<String> topic = EnumWords.of(Columns.text(row, "topic"), TOPICS);
		Optional<String> stance = EnumWords.of(Columns.text(row, "stance"), STANCES);
		Optional<String> instrument = EnumWords.of(Columns.text(row, "instrument"), INSTRUMENTS);
		if (topic.isEmpty() || stance.isEmpty() || instrument.isEmpty()) {
			String column = topic.isEmpty() ? "topic" : stance.isEmpty() ? "stance" : "instrument";
			Columns.reject(row, rejected, column, "is not a policy " + column + ": expected one of "
					+ (topic.isEmpty() ? TOPICS : stance.isEmpty() ? STANCES : INSTRUMENTS));
			return Optional.empty();
		}
		Optional<PartialDate> adopted = SourcedRows.date(row, "adopted", rejected);
		if (adopted == null) {
			return Optional.empty();
		}
		Optional<PartialDate> repealed = SourcedRows.date(row, "repealed", rejected);
		if (repealed == null || !SourcedRows.sourced(row, rejected)) {
			return Optional.empty();
		}
		Optional<String> title = Columns.value(row, "title");
		if (title.isEmpty()) {
			Columns.reject(row, rejected, "title", "is empty: every policy needs a title");
			return Optional.empty();
		}
		Map<String, Object> policy = new HashMap<>();
		policy.put("id", "policy:" + adopter.key() + ":" + topic.get().toLowerCase(java.util.Locale.ROOT) + ":"
				+ adopted.map(PartialDate::asPrinted).orElse("undated"));
		policy.put("adopter", adopter.id());
		policy.put("topic", topic.get());
		policy.put("stance", stance.get());
		policy.put("instrument", instrument.get());
		policy.put("title", title.get());
		policy.put("summary", Columns.value(row, "summary").orElse(null));
		policy.put("adoptedOn", adopted.map(PartialDate::exact).orElse(null));
		policy.put("adoptedAsPrinted", adopted.map(PartialDate::asPrinted).orElse(null));
		policy.put("repealedOn", repealed.map(PartialDate::exact).orElse(null));
		return Optional.of(policy);
	}


}
