package org.enforcementgraph.county;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Links agencies to the county they serve when a source named the county (an agency's {@code countyName}, as
 * printed, in its {@code state}; {@code countyKey} is its {@link CountyNames#key}) and exactly one County of that
 * state has that name: the counties import and the agency imports both call it, so the links come out the same
 * whichever runs first. A link cites the source that named the county ({@code countySource}), else the agency's
 * own sources; links whose agency now names another county are removed.
 */
@Component
public final class CountyLinker {

	static final String METHOD = "county named by the source";

	private final Cypher cypher;

	public CountyLinker(Cypher cypher) {
		this.cypher = cypher;
	}

	/** @return how many links were made */
	public int linkAgencies() {
		this.cypher.run("""
				MATCH (a:Agency)-[r:SERVES {method: $method}]->(c:County)
				WHERE a.countyKey IS NULL OR c.nameKey <> a.countyKey OR c.state <> a.state
				DELETE r""", Map.of("method", METHOD));
		return ((Number) this.cypher.rows("""
				MATCH (a:Agency) WHERE a.countyKey IS NOT NULL
				WITH a, COLLECT { MATCH (c:County {state: a.state, nameKey: a.countyKey}) RETURN c } AS counties
				WHERE size(counties) = 1
				WITH a, counties[0] AS c,
				     CASE WHEN a.countySource IS NOT NULL THEN [a.countySource]
				          ELSE COLLECT { MATCH (a)-[:CITES|SEEN_IN]->(s:Source) RETURN DISTINCT s.id AS id ORDER BY id } END AS sources
				MERGE (a)-[r:SERVES]->(c)
				ON CREATE SET r.method = $method, r._new = true
				SET r.sources = CASE WHEN r.method = $method THEN sources ELSE r.sources END
				WITH r, r._new IS NOT NULL AS created
				REMOVE r._new
				RETURN count(CASE WHEN created THEN 1 END) AS linked""", Map.of("method", METHOD)).get(0).get("linked")).intValue();
	}

}
