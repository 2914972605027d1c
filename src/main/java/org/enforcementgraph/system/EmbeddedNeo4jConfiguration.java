package org.enforcementgraph.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when no {@code NEO4J_URI} is set, and hands its Bolt address to the driver; the
 * connection details bean also makes the driver wait for the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${NEO4J_URI:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(GraphProperties properties,
			@Value("${enforcement-graph.browser.post-connect-command:}") String postConnectCommand) {
		return EmbeddedNeo4j.start(properties.dataDir(), properties.embedded(),
				postConnectCommand.isBlank() ? null : postConnectCommand);
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
