package org.enforcementgraph.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one GraphQL request may ask, so that nothing a client sends can take the service down
 * ({@code enforcement-graph.graphql.*}; README, Security and operations).
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity largest estimated result size: each field counts 1, a list multiplies what is under it by
 * {@code first} (or 10 when it has no {@code first}), a connection by {@code first} (or 50)
 * @param maxAliases most aliased fields in one document
 * @param maxCharacters longest query text
 * @param queryTimeout longest a request's Cypher may run before Neo4j ends its transaction
 */
@ConfigurationProperties("enforcement-graph.graphql")
public record GraphQlLimits(@DefaultValue("15") int maxDepth, @DefaultValue("250000") int maxComplexity,
		@DefaultValue("50") int maxAliases, @DefaultValue("100000") int maxCharacters,
		@DefaultValue("10s") Duration queryTimeout) {
}
