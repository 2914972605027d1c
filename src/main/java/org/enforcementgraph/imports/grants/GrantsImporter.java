package org.enforcementgraph.imports.grants;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.LocalJurisdictions;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.imports.policies.SourcedRows;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import grants FILE...}: federal grants to counties and agencies (README, "Grants" format), each
 * {@code (recipient)-[:RECEIVED]->(:Grant)-[:FROM]->(:FederalAgency)} citing the page and quote of its row and the file.
 */
@Component
@CommandInfo(name = "grants", usage = "FILE...",
		summary = "Federal grants to counties and agencies (CSV: program, recipient, state, fiscal_year, amount, conditions, immigration_conditions, grantor, source_*)")
final class GrantsImporter implements Importer {

	static final String NAME = "grants";

	static final List<String> COLUMNS = List.of("program", "recipient", "state", "fiscal_year", "amount", "conditions",
			"immigration_conditions", "grantor", "source_url", "source_quote");

	/** The federal grantors a row may name, by code. */
	static final Map<String, String> GRANTORS = Map.of("ICE", "U.S. Immigration and Customs Enforcement", "USMS",
			"U.S. Marshals Service", "DOJ-BJA", "Bureau of Justice Assistance", "DOJ-OJP", "Office of Justice Programs",
			"DOJ-COPS", "Office of Community Oriented Policing Services", "FEMA", "Federal Emergency Management Agency",
			"DHS", "U.S. Department of Homeland Security", "CBP", "U.S. Customs and Border Protection", "DOJ",
			"U.S. Department of Justice");

	private final FileImports imports;

	private final SourceFiles sources;

	private final QuotedSources passages;

	private final Cypher cypher;

	GrantsImporter(FileImports imports, SourceFiles sources, QuotedSources passages, Cypher cypher) {
		this.imports = imports;
		this.sources = sources;
		this.passages = passages;
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
		List<Map<String, Object>> grants = new ArrayList<>();
		List<QuotedSources.Passage> pages = new ArrayList<>();
		for (TableRow row : table) {
			Optional<LocalJurisdictions.Jurisdiction> recipient = jurisdictions.resolve(row, "recipient", rejected)
				.filter(j -> !"Place".equals(j.label()) || reject(row, rejected, "recipient", "a grant's recipient must be a county FIPS code or an agency id"));
			Optional<Map<String, Object>> grant = recipient.flatMap(r -> grant(row, r, rejected));
			grant.ifPresent(g -> {
				QuotedSources.Passage page = SourcedRows.passage(row);
				pages.add(page);
				g.put("sources", List.of(page.id()));
				grants.add(g);
			});
		}
		String fileSource = this.sources.record(NAME, file, Map.of("title", "Federal grants (" + file.name() + ")"));
		this.passages.record(pages.stream().distinct().toList());
		Map<String, Object> written = this.cypher.rows("""
				MATCH (file:Source {id: $file})
				UNWIND $grants AS row
				CALL (row) { OPTIONAL MATCH (c:County {id: row.recipient}) OPTIONAL MATCH (a:Agency {id: row.recipient})
				             RETURN coalesce(c, a) AS recipient }
				MERGE (grantor:FederalAgency {id: 'federal-agency:' + row.grantor})
				ON CREATE SET grantor.code = row.grantor, grantor.name = row.grantorName
				MERGE (grantor)-[:CITES]->(file)
				MERGE (n:Grant {id: row.id})
				ON CREATE SET n._new = true
				SET n.program = %s, n.fiscalYear = row.fiscalYear, n.amount = CASE WHEN n.amount IS NULL OR row.amount > n.amount THEN coalesce(row.amount, n.amount) ELSE n.amount END,
				    n.conditions = %s, n.immigrationConditions = coalesce(n.immigrationConditions, false) OR row.immigrationConditions
				MERGE (n)-[:CITES]->(file)
				WITH n, row, recipient, grantor, file
				CALL (n, row) { UNWIND row.sources AS id MATCH (s:Source {id: id}) MERGE (n)-[:CITES]->(s) }
				MERGE (recipient)-[r:RECEIVED]->(n)
				SET r.sources = %s
				MERGE (n)-[f:FROM]->(grantor)
				SET f.sources = %s
				WITH n, n._new IS NOT NULL AS isNew
				REMOVE n._new
				RETURN count(DISTINCT n) AS grants, count(DISTINCT CASE WHEN isNew THEN n END) AS created""".formatted(
				SourcedRows.longer("program"), SourcedRows.longer("conditions"),
				Cypher.sortedSetWith("r.sources", "row.sources + $file"), Cypher.sortedSetWith("f.sources", "row.sources + $file")),
				Map.of("file", fileSource, "grants", grants))
			.get(0);
		int total = ((Number) written.get("grants")).intValue();
		int created = ((Number) written.get("created")).intValue();
		return new ImportSummary().add("rows read", table.size())
			.add("grants new", created)
			.add("grants updated", total - created)
			.add("rows rejected", rejected.count());
	}

	private static Optional<Map<String, Object>> grant(TableRow row, LocalJurisdictions.Jurisdiction recipient, RejectedRows rejected) {
		Optional<String> program = Columns.value(row, "program");
		Optional<Integer> year = Columns.value(row, "fiscal_year").filter(y -> y.matches("(FY)?\\d{4}")).map(y -> Integer.parseInt(y.replace("FY", "")));
		Optional<String> amountText = Columns.value(row, "amount").map(a -> a.replaceAll("[$,\\s]", ""));
		Optional<Boolean> conditions = Columns.value(row, "immigration_conditions").map(v -> v.toLowerCase(Locale.ROOT))
			.filter(v -> List.of("yes", "no", "true", "false").contains(v)).map(v -> v.equals("yes") || v.equals("true"));
		String grantor = Columns.text(row, "grantor").strip().toUpperCase(Locale.ROOT);
		if (program.isEmpty()) {
			return rejectEmpty(row, rejected, "program", "is empty: which grant program?");
		}
		if (year.isEmpty()) {
			return rejectEmpty(row, rejected, "fiscal_year", "is not a fiscal year, e.g. 2017 or FY2017");
		}
		if (amountText.isPresent() && !amountText.get().matches("\\d+(\\.\\d+)?")) {
			return rejectEmpty(row, rejected, "amount", "is not an amount in dollars, e.g. 125000 or $125,000");
		}
		if (conditions.isEmpty()) {
			return rejectEmpty(row, rejected, "immigration_conditions", "expected yes or no");
		}
		if (!GRANTORS.containsKey(grantor)) {
			return rejectEmpty(row, rejected, "grantor", "is not a federal grantor code: expected one of " + GRANTORS.keySet().stream().sorted().toList());
		}
		if (!SourcedRows.sourced(row, rejected)) {
			return Optional.empty();
		}
		Map<String, Object> grant = new HashMap<>();
		grant.put("id", "grant:" + Keys.slug(program.get()) + ":" + Keys.slug(recipient.id()) + ":FY" + year.get());
		grant.put("recipient", recipient.id());
		grant.put("program", program.get());
		grant.put("fiscalYear", year.get());
		grant.put("amount", amountText.map(Double::parseDouble).orElse(null));
		grant.put("conditions", Columns.value(row, "conditions").orElse(null));
		grant.put("immigrationConditions", conditions.get());
		grant.put("grantor", grantor);
		grant.put("grantorName", GRANTORS.get(grantor));
		return Optional.of(grant);
	}

	private static boolean reject(TableRow row, RejectedRows rejected, String column, String reason) {
		Columns.reject(row, rejected, column, reason);
		return false;
	}

	private static Optional<Map<String, Object>> rejectEmpty(TableRow row, RejectedRows rejected, String column, String reason) {
		Columns.reject(row, rejected, column, reason);
		return Optional.empty();
	}

}
