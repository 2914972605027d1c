package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Writes what one detention file says, before {@link FacilityDerivation} works out which facility each yearly row
 * is: facilities by DETLOC from the lists that give it (each list's values under its own prefix), the operator and
 * owner companies of the 2015 listing, and each yearly row as a FacilityYear not yet attached to a facility.
 */
@Component
final class FacilityWrites {

	private final Cypher cypher;

	FacilityWrites(Cypher cypher) {
		this.cypher = cypher;
	}

	/** Facilities by DETLOC; {@code prefix} is the list's property prefix ({@code listing} or {@code uwchr}). */
	void references(String sourceId, String prefix, List<ReferenceRow> references) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReferenceRow reference : references) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", "facility:" + reference.detloc());
			row.put("detloc", reference.detloc());
			row.put("state", reference.state());
			row.put("nameKey", reference.nameKey());
			row.put("cityAddressKeys", (reference.cityAddressKey() != null) ? List.of(reference.cityAddressKey()) : List.of());
			Map<String, Object> properties = new HashMap<>(reference.properties());
			properties.put(prefix + "Source", sourceId);
			row.put("properties", properties);
			rows.add(row);
		}
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $rows AS row
				MERGE (f:Facility {id: row.id})
				ON CREATE SET f.detloc = row.detloc, f.state = row.state
				SET f += row.properties,
				    f.referenceNameKeys = %s,
				    f.referenceAddressKeys = %s,
				    f.referenceSources = %s
				MERGE (f)-[:CITES]->(source)""".formatted(Cypher.sortedSetWith("f.referenceNameKeys", "[row.nameKey]"),
				Cypher.sortedSetWith("f.referenceAddressKeys", "row.cityAddressKeys"),
				Cypher.sortedSetWith("f.referenceSources", "[$sourceId]")),
				Map.of("sourceId", sourceId, "rows", rows));
	}

	/** The operator and owner of each listed facility that are companies, as OPERATED_BY and OWNED_BY. */
	int companies(String sourceId, List<ReferenceRow> references) {
		List<Map<String, Object>> links = new ArrayList<>();
		for (ReferenceRow reference : references) {
			link(links, reference, reference.operator(), "OPERATED_BY");
			link(links, reference, reference.owner(), "OWNED_BY");
		}
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $links AS link
				MATCH (f:Facility {id: link.facilityId})
				MERGE (c:Company {id: link.companyId})
				SET c.name = link.name, c.aliases = link.aliases
				MERGE (c)-[:CITES]->(source)
				WITH source, link, f, c
				CALL (link, f, c, source) {
				  WITH * WHERE link.type = 'OPERATED_BY'
				  MERGE (f)-[r:OPERATED_BY]->(c)
				  SET r.sources = %1$s, r.asPrinted = link.printed, r.role = link.role
				}
				CALL (link, f, c, source) {
				  WITH * WHERE link.type = 'OWNED_BY'
				  MERGE (f)-[r:OWNED_BY]->(c)
				  SET r.sources = %1$s, r.asPrinted = link.printed
				}""".formatted(Cypher.sortedSetWith("r.sources", "[source.id]")),
				Map.of("sourceId", sourceId, "links", links));
		return links.size();
	}

	private static void link(List<Map<String, Object>> links, ReferenceRow reference, String printed, String type) {
		Companies.of(printed).ifPresent(company -> {
			Map<String, Object> link = new HashMap<>();
			link.put("facilityId", "facility:" + reference.detloc());
			link.put("companyId", company.id());
			link.put("name", company.name());
			link.put("aliases", String.join(" | ", company.aliases().stream().filter(a -> !a.equals(company.name())).toList()));
			link.put("printed", printed);
			link.put("type", type);
			link.put("role", Companies.isGuard(printed) ? "guard contractor" : "operator");
			links.add(link);
		});
	}

	/**
	 * The release of {@code fiscalYear} the graph holds besides this file's, as [data date, source id], or null.
	 * Two workbooks of one fiscal year (a mid-year and a year-end release) are two versions of one table: the newer
	 * is kept.
	 */
	List<Object> otherRelease(int fiscalYear, String sourceId) {
		List<Map<String, Object>> found = this.cypher.rows("""
				MATCH (y:FacilityYear {fiscalYear: $fiscalYear})-[:CITES]->(s:Source) WHERE s.id <> $sourceId
				RETURN DISTINCT y.dataDate AS dataDate, s.id AS source LIMIT 1""",
				Map.of("fiscalYear", fiscalYear, "sourceId", sourceId));
		return found.isEmpty() ? null : java.util.Arrays.asList(found.get(0).get("dataDate"), found.get(0).get("source"));
	}

	void deleteYears(int fiscalYear) {
		this.cypher.run("""
				MATCH (y:FacilityYear {fiscalYear: $fiscalYear})
				OPTIONAL MATCH (k:Correction)-[:CORRECTS]->(y)
				DETACH DELETE k, y""", Map.of("fiscalYear", fiscalYear));
	}

	/** Yearly rows as FacilityYears, not yet attached ({@code id} is {@code pending:} + where the row is). */
	void years(String sourceId, List<DetentionStatsWorkbook.YearRow> years) {
		List<Map<String, Object>> rows = years.stream().map(DetentionStatsWorkbook.YearRow::properties).toList();
		List<Map<String, Object>> corrections = new ArrayList<>();
		for (DetentionStatsWorkbook.YearRow year : years) {
			if (year.correctedState() != null) {
				String observation = (String) year.properties().get("observation");
				corrections.add(Map.of("id", "correction:" + Keys.hash(observation + ":state"), "observation", observation,
						"state", year.correctedState(), "reason", "ICE's sheet leaves the State blank; ZIP "
								+ year.properties().get("zip") + " is in " + year.correctedState()));
			}
		}
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $rows AS row
				CREATE (y:FacilityYear)
				SET y = row, y.id = 'pending:' + row.observation
				CREATE (y)-[:CITES]->(source)""", Map.of("sourceId", sourceId, "rows", rows));
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $corrections AS c
				MATCH (y:FacilityYear {observation: c.observation})
				CREATE (k:Correction {id: c.id, field: 'state', oldValue: '', newValue: c.state, reason: c.reason,
				        kind: 'IMPORT'})
				CREATE (k)-[:CORRECTS]->(y), (k)-[:CITES]->(source)""",
				Map.of("sourceId", sourceId, "corrections", corrections));
	}

}
