package org.enforcementgraph.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.enforcementgraph.Examples;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With NEO4J_URI set the application uses that server and starts no embedded database: the core suite (migrations
 * and every example query) runs against the official Neo4j image where a Docker engine exists, and is skipped
 * cleanly where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
@Import({ TestGraph.class, GraphQlHttp.class })
class ExternalNeo4jIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("test-password");

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
		registry.add("NEO4J_USERNAME", () -> "neo4j");
		registry.add("NEO4J_PASSWORD", neo4j::getAdminPassword);
	}

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	Driver driver;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp http;

	@Test
	void noEmbeddedDatabaseStartsAndMigrationsRanOnTheServer() {
		assertThat(this.embedded.getIfAvailable()).isNull();
		List<Map<String, Object>> migrations = this.graph.rows("MATCH (m:Migration) RETURN m.version AS v", Map.of());
		assertThat(migrations).isNotEmpty();
	}

	@TestFactory
	Stream<DynamicTest> theExamplesAnswerFromTheServerAsFromTheEmbeddedDatabase() {
		this.graph.reset("graph.cypher");
		return Examples.against(this.http).stream();
	}

}
