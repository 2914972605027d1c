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

/**
 * Cypher and GraphQL injection strings sent through every string argument of every query and mutation (found by
 * introspection) change nothing, and no error tells the caller anything about the inside of the server.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT {

	static final List<String> ATTACKS = List.of("' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //",
			"x'}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //", "` MATCH (n) DETACH DELETE n //",
			"$id } MATCH (n) SET n.pwned = true //", "*:*", "\") { __schema { types { name } } } #", "\u0000\u0001",
			"county:48201' OR '1'='1", "../../../../etc/passwd", "${jndi:ldap://127.0.0.1/a}", "x".repeat(10_000));

	static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Neo.", "Cypher", "MATCH", "neo4j",
			"org.enforcementgraph", "SyntaxError");

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
	void injectionStringsChangeNothingAndLeakNothing() {
		String before = this.fingerprint.of();
		Introspection schema = new Introspection(this.graphQl);
		int calls = 0;
		for (String attack : ATTACKS) {
			for (String root : List.of("Query", "Mutation")) {
				for (Introspection.Call call : schema.calls(root, type -> attack)) {
					JsonNode response = this.graphQl.post(call.document(), Map.of(),
							Map.of("Authorization", "Bearer " + GraphIT.WRITER_KEY));
					calls++;
					for (JsonNode error : response.path("errors")) {
						// Messages may quote the value back ("got '...'"); what they must not hold is anything else.
						String message = error.path("message").asString().replace(attack, "");
						for (String leak : LEAKS) {
							assertThat(message).as(call.document().substring(0, Math.min(120, call.document().length())))
								.doesNotContainIgnoringCase(leak);
						}
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(100);
		assertThat(this.graph.value("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)", Map.of())).isEqualTo(0L);
		// Mutations ran as a writer, but every id argument held an attack too, so no write found its source.
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

}
