package org.enforcementgraph.county;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Links agencies to the counties they serve when a source named the county: an agency's {@code countyName}, as
 * printed, in its {@code state} ({@code countyKey} is its {@link CountyNames#key}), or the several
 * {@code countyKeys} of an agency of the FBI roster, which may serve more than one. A key links the one County of
 * that state with that name ("VIRGINIA BEACH CITY" is Virginia Beach city, not a county). An agency no source gave a
 * county takes the counties of its match in the FBI roster ({@code SAME_AS}), citing the roster. The counties import
 * and the agency imports all call it, so the links come out the same whichever runs first. A link cites the source
 * that named the county ({@code countySource}), else the agency's own sources; links whose agency now names another
 * county, or whose match is gone, are removed.
 */
@Component
public final class CountyLinker {

	static final String METHOD = "county named by the source";

	public static final String FROM_ROSTER_MATCH = "county of its match in the FBI roster";

	private final Cypher cypher;

	public CountyLinker(Cypher cypher) {
		this.cypher = cypher;
	}

	/** @return how many links were made */
	public int linkAgencies() {
		this.cypher.run("""
				MATCH (a:Agency)-[r:SERVES {method: $method}]->(c:County)
				WHERE c.state <> a.state OR NOT (coalesce(c.nameKey = a.countyKey, false) OR c.nameKey IN coalesce(a.countyKeys, []))
				DELETE r""", Map.of("method", METHOD));
		int named = ((Number) this.cypher.rows("""
				MATCH (a:Agency) WHERE a.countyKey IS NOT NULL OR a.countyKeys IS NOT NULL
				UNWIND coalesce(a.countyKeys, [a.countyKey]) AS key
				WITH a, COLLECT { MATCH (c:County {state: a.state, nameKey: key}) RETURN c } AS counties
				WHERE size(counties) = 1
				WITH a, counties[0] AS c,
				     CASE WHEN a.countySource IS NOT NULL THEN [a.countySource]
				          ELSE COLLECT { MATCH (a)-[:CITES|SEEN_IN]->(s:Source) RETURN DISTINCT s.id AS id ORDER BY id } END AS sources
				MERGE (a)-[r:SERVES]->(c)
				ON CREATE SET r.method = $method, r._new = true
				SET r.method = CASE WHEN r.method = $derived THEN $method ELSE r.method END
				SET r.sources = CASE WHEN r.method = $method THEN sources ELSE r.sources END
				WITH r, r._new IS NOT NULL AS created
				REMOVE r._new
				RETURN count(CASE WHEN created THEN 1 END) AS linked""", Map.of("method", METHOD, "derived", FROM_ROSTER_MATCH))
			.get(0).get("linked")).intValue();
		return named + linkFromRosterMatches();
	}

	private int linkFromRosterMatches() {
		String ownCounty = "EXISTS { MATCH (a)-[o:SERVES]->(:County) WHERE coalesce(o.method, '') <> $derived }";
		this.cypher.run("""
				MATCH (a:Agency)-[s:SERVES {method: $derived}]->(c:County)
				WHERE %s OR NOT EXISTS { (a)-[:SAME_AS]->(:Agency)-[:SERVES]->(c) }
				DELETE s""".formatted(ownCounty), Map.of("derived", FROM_ROSTER_MATCH));
		return ((Number) this.cypher.rows("""
				MATCH (a:Agency)-[m:SAME_AS]->(:Agency)-[:SERVES]->(c:County)
				WHERE NOT %s
				MERGE (a)-[s:SERVES]->(c)
				ON CREATE SET s.method = $derived, s._new = true
				SET s.sources = m.sources
				WITH s, s._new IS NOT NULL AS created
				REMOVE s._new
				RETURN count(CASE WHEN created THEN 1 END) AS linked""".formatted(ownCounty), Map.of("derived", FROM_ROSTER_MATCH))
			.get(0).get("linked")).intValue();
	}

}
