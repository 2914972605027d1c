package org.enforcementgraph.source;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database itself refuses facts without sources, whoever writes them (here: raw Cypher over Bolt). */
@GraphIT
class SourceRequiredIT {

	@Autowired
	TestGraph graph;

	@BeforeEach
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void aNodeWithoutASourceIsRefused() {
		assertThatThrownBy(() -> this.graph.rows("CREATE (:Agency {id: 'agency:TX:unsourced', name: 'Unsourced'})", Map.of()))
			.hasMessageContaining("every fact needs a source")
			.hasMessageContaining("agency:TX:unsourced");
		assertThat(this.graph.value("MATCH (a:Agency {id: 'agency:TX:unsourced'}) RETURN count(a)", Map.of())).isEqualTo(0L);
	}

	@Test
	void aRelationshipWithoutSourcesOrWithAnUnknownSourceIsRefused() {
		assertThatThrownBy(() -> this.graph.rows("MATCH (a:Agency {id: 'agency:TX:houston-police-department'}), (c:County {fips: '48453'}) CREATE (a)-[:SERVES]->(c)", Map.of()))
			.hasMessageContaining("[:SERVES] from 'agency:TX:houston-police-department' to 'county:48453' lists no sources");
		assertThatThrownBy(() -> this.graph.rows("MATCH (a:Agency {id: 'agency:TX:houston-police-department'}), (c:County {fips: '48453'}) CREATE (a)-[:SERVES {sources: ['source:nope']}]->(c)", Map.of()))
			.hasMessageContaining("'source:nope', which is not a Source");
	}

	@Test
	void removingAFactsLastSourceIsRefusedButDeletingTheFactIsNot() {
		assertThatThrownBy(() -> this.graph.rows("MATCH (:County {fips: '12021'})-[c:CITES]->() DELETE c", Map.of()))
			.hasMessageContaining("county:12021");
		this.graph.rows("MATCH (c:County {fips: '06037'}) DETACH DELETE c", Map.of());
		assertThat(this.graph.value("MATCH (c:County {fips: '06037'}) RETURN count(c)", Map.of())).isEqualTo(0L);
	}

	@Test
	void aSourcedFactIsAccepted() {
		this.graph.rows("""
				MATCH (s:Source {id: 'source:test-census'}), (tx:State {postal: 'TX'})
				CREATE (a:Agency {id: 'agency:TX:sourced', name: 'Sourced'})-[:CITES]->(s)
				CREATE (a)-[:IN_STATE {sources: ['source:test-census']}]->(tx)""", Map.of());
		assertThat(this.graph.value("MATCH (a:Agency {id: 'agency:TX:sourced'}) RETURN count(a)", Map.of())).isEqualTo(1L);
	}

}
