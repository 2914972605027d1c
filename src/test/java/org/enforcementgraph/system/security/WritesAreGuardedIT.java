package org.enforcementgraph.system.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.Introspection;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mutation the schema offers, found by introspection, refuses anonymous and read-only callers and changes nothing. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesAreGuardedIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void noMutationIsOpenToAnonymousOrReadOnlyCallers() {
		List<Introspection.Call> mutations = new Introspection(this.graphQl).calls("Mutation",
				type -> type.equals("ID") ? "source:test-census" : "x");
		assertThat(mutations).extracting(Introspection.Call::field).contains("addSource", "addAgency", "correctFact");
		String before = this.fingerprint.of();
		for (Introspection.Call mutation : mutations) {
			JsonNode anonymous = this.graphQl.post(mutation.document());
			assertThat(anonymous.at("/errors/0/extensions/classification").asString()).as(mutation.document())
				.isEqualTo("UNAUTHORIZED");
			JsonNode reader = this.graphQl.post(mutation.document(), Map.of(), Map.of("X-API-Key", GraphIT.READER_KEY));
			assertThat(reader.at("/errors/0/extensions/classification").asString()).as(mutation.document())
				.isEqualTo("FORBIDDEN");
		}
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

}
