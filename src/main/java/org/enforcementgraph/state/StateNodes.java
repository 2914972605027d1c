package org.enforcementgraph.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Makes sure the State nodes an import refers to exist, citing the source that named them, so any importer can
 * link to states whichever runs first.
 */
@Component
public final class StateNodes {

	private final Cypher cypher;

	public StateNodes(Cypher cypher) {
		this.cypher = cypher;
	}

	public void ensure(Collection<String> postalCodes, String sourceId) {
		List<Map<String, String>> states = postalCodes.stream()
			.distinct()
			.map(postal -> StateNames.of(postal).orElseThrow(() -> new IllegalArgumentException("No state " + postal)))
			.map(s -> Map.of("id", "state:" + s.postal(), "postal", s.postal(), "fips", s.fips(), "name", s.name()))
			.toList();
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $states AS state
				MERGE (s:State {id: state.id})
				ON CREATE SET s.postal = state.postal, s.fips = state.fips, s.name = state.name
				MERGE (s)-[:CITES]->(source)""", Map.of("states", states, "sourceId", sourceId));
	}

}
