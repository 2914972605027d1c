package org.enforcementgraph.imports.detention;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.ReportFiles;
import org.enforcementgraph.system.Cypher;

/**
 * Lists what the detention import could not link, as CSV ({@code what,id,name,city,state,reason}): facilities in
 * no county (no rule of {@link FacilityLocations} found one) and detention agreements without a party.
 */
@Component
final class UnmatchedReport {

	private final Cypher cypher;

	UnmatchedReport(Cypher cypher) {
		this.cypher = cypher;
	}

	/** @return how many lines were written; no file is written when nothing is unmatched */
	int write(Path report) {
		List<Map<String, Object>> rows = this.cypher.rows("""
				MATCH (f:Facility) WHERE %s AND NOT EXISTS { (f)-[:LOCATED_IN]->(:County) }
				RETURN 'facility' AS what, f.id AS id, f.name AS name, f.city AS city, f.state AS state,
				       CASE WHEN NOT EXISTS { MATCH (c:County {state: f.state}) }
				            THEN 'no county of ' + f.state + ' in the graph: import counties first'
				            ELSE 'not located in a county: its name names none, no list prints its county, and no located facility shares its city'
				       END AS reason
				UNION ALL
				MATCH (a:Agreement {importer: $importer, partyMethod: 'UNDETERMINED'})-[:FOR_FACILITY]->(f:Facility)
				RETURN 'agreement' AS what, a.id AS id, f.name AS name, f.city AS city, f.state AS state,
				       'no party: the facility is in no known county and no list names its operator' AS reason"""
			.formatted(FacilityDerivation.MINE), Map.of("importer", DetentionAgreements.IMPORTER));
		if (rows.isEmpty()) {
			return 0;
		}
		ReportFiles.writeCsv(report, List.of("what", "id", "name", "city", "state", "reason"), rows.stream()
			.sorted((a, b) -> (a.get("what") + "|" + a.get("id")).compareTo(b.get("what") + "|" + b.get("id")))
			.<List<?>>map(r -> Arrays.asList(r.get("what"), r.get("id"), r.get("name"), r.get("city"), r.get("state"),
					r.get("reason")))
			.toList());
		return rows.size();
	}

}
