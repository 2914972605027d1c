package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;

/**
 * Reads the UWCHR table of each county's ICE area of responsibility ({@code geoid, ..., name, ..., aor}) into
 * {@code (FieldOffice)-[:COVERS]->(County)}. The counties must be in the graph already ({@code import counties}):
 * with none at all the file is refused (so it can be imported once they are), and a county the graph lacks is a
 * rejected row.
 */
@Component
final class CountyAorTable {

	static final List<String> COLUMNS = List.of("geoid", "name", "aor");

	private final SourceFiles sources;

	private final Cypher cypher;

	CountyAorTable(SourceFiles sources, Cypher cypher) {
		this.sources = sources;
		this.cypher = cypher;
	}

	ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		Spreadsheets.Table table = CsvTables.read(file, ',', COLUMNS);
		if (this.cypher.rows("MATCH (c:County) RETURN c.id LIMIT 1", Map.of()).isEmpty()) {
			throw new GraphException(file.name() + ": the graph holds no counties yet; import counties first "
					+ "(import counties FILE...), then this file");
		}
		Set<String> known = new HashSet<>();
		List<String> fipsCodes = table.rows().stream().map(r -> r.text("GEOID").strip()).toList();
		this.cypher.rows("MATCH (c:County) WHERE c.fips IN $fips RETURN c.fips AS fips", Map.of("fips", fipsCodes))
			.forEach(r -> known.add((String) r.get("fips")));
		List<Map<String, Object>> covers = new ArrayList<>();
		for (TableRow row : table.rows()) {
			String fips = row.text("GEOID").strip();
			String aor = row.text("AOR").strip();
			if (!fips.matches("\\d{5}")) {
				rejected.add(file.name(), null, row.number(), "geoid", fips, "not a five-digit county FIPS code");
			}
			else if (!FieldOfficeCodes.isCode(aor)) {
				rejected.add(file.name(), null, row.number(), "aor", aor,
						"not the AOR code of an ICE field office (known: " + String.join(" ", FieldOfficeCodes.CODES.stream().sorted().toList()) + ")");
			}
			else if (!known.contains(fips)) {
				rejected.add(file.name(), null, row.number(), "geoid", fips, "county " + fips + " (" + row.text("NAME").strip()
						+ ") is not in the graph: import the counties of its vintage first (import counties FILE)");
			}
			else {
				covers.add(Map.of("fips", fips, "officeId", "field-office:" + aor, "code", aor));
			}
		}
		String sourceId = this.sources.record(FieldOfficesImporter.NAME, file, FieldOfficesImporter.source(
				"Counties and their ICE ERO area of responsibility (" + file.name() + ")",
				"University of Washington Center for Human Rights (UWCHR/ice-facilities)"));
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $covers AS row
				MATCH (c:County {fips: row.fips})
				MERGE (f:FieldOffice {id: row.officeId})
				ON CREATE SET f.code = row.code, f.name = 'ICE ERO field office ' + row.code
				MERGE (f)-[:CITES]->(source)
				MERGE (f)-[r:COVERS]->(c)
				SET r.sources = %s""".formatted(Cypher.sortedSetWith("r.sources", "[$sourceId]")),
				Map.of("sourceId", sourceId, "covers", covers));
		return new ImportSummary().add("rows read", table.rows().size())
			.add("counties covered", covers.size())
			.add("rows rejected", rejected.count());
	}

}
