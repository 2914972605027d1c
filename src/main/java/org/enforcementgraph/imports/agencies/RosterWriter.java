package org.enforcementgraph.imports.agencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.imports.ImportCorrections;
import org.enforcementgraph.system.Cypher;

/**
 * Writes the roster's agencies ({@code (:Agency {id: 'agency:ori:…', ori, rosterType, …})-[:IN_STATE]->(:State)},
 * citing the roster), and its cleanups as corrections of the agency. The county names go on the agency as
 * {@code countyKeys}, from which {@code CountyLinker} links the counties, whichever of the two imports runs first.
 */
final class RosterWriter {

	private final Cypher cypher;

	RosterWriter(Cypher cypher) {
		this.cypher = cypher;
	}

	/** @return how many of the agencies were new to the graph */
	int write(List<RosterRow> rows, List<ImportCorrections.Cleaned> cleanups, String sourceId) {
		List<Map<String, Object>> agencies = new ArrayList<>();
		for (RosterRow row : rows) {
			Map<String, Object> agency = new HashMap<>();
			agency.put("id", row.id());
			agency.put("ori", row.ori());
			agency.put("name", row.name());
			agency.put("kind", row.kind());
			agency.put("state", row.state());
			agency.put("rosterType", row.rosterType());
			agency.put("rosterYear", row.dataYear());
			agency.put("population", row.population());
			agency.put("officers", row.officers());
			agency.put("civilians", row.civilians());
			agency.put("countyNames", row.counties());
			agency.put("countyKeys", row.counties().stream().map(CountyNames::key).distinct().toList());
			agency.put("countySource", sourceId);
			agencies.add(agency);
		}
		int created = ((Number) this.cypher.rows("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $agencies AS row
				MATCH (state:State {postal: row.state})
				MERGE (a:Agency {id: row.id})
				ON CREATE SET a._new = true
				SET a += row
				MERGE (a)-[:CITES]->(source)
				MERGE (a)-[r:IN_STATE]->(state)
				SET r.sources = %s
				WITH a, a._new IS NOT NULL AS isNew
				REMOVE a._new
				RETURN count(CASE WHEN isNew THEN 1 END) AS created""".formatted(Cypher.sortedSetWith("r.sources", "$sourceId")),
				Map.of("sourceId", sourceId, "agencies", agencies)).get(0).get("created")).intValue();
		ImportCorrections.write(this.cypher, AgenciesImporter.NAME, sourceId, "Agency", cleanups);
		return created;
	}

}
