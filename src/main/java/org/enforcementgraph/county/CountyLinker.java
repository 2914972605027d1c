package org.enforcementgraph.county;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Links agencies to the county they serve when a source named the county (an agency's {@code countyName}, as
 * printed, in its {@code state}) and the County is in the graph: the counties import and the agency imports both
 * call it, so the links come out the same whichever runs first. Each link lists the sources of both ends.
 */
@Component
public final class CountyLinker {

	private final Cypher cypher;

	public CountyLinker(Cypher cypher) {
		this.cypher = cypher;
	}

	/** @return how many links were made */
	public int linkAgencies() {
		return ((Number) this.cypher.rows("""
				MATCH (a:Agency) WHERE a.countyKey IS NOT NULL AND NOT EXISTS { (a)-[:SERVES]->(:County) }
				MATCH (c:County {state: a.state, nameKey: a.countyKey})
				WITH a, c, COLLECT { MATCH (a)-[:CITES|SEEN_IN]->(s:Source) RETURN s.id }
				         + COLLECT { MATCH (c)-[:CITES]->(s:Source) RETURN s.id } AS sources
				MERGE (a)-[r:SERVES]->(c)
				ON CREATE SET r.sources = sources, r.method = 'county named by the source'
				RETURN count(r) AS linked""", Map.of()).get(0).get("linked")).intValue();
	}

}
