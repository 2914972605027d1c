package org.enforcementgraph.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How search hits and paths are read: a hit is a map {@code {node, score}}, a path a Neo4j path, a relationship of
 * a path carries its own {@code sources} or falls back on those of the node it starts from.
 */
@Configuration(proxyBeanMethods = false)
class SearchGraphTypes {

	@Bean
	GraphType searchHitType() {
		return GraphType.value("SearchHit")
			.expression("kind", "head(labels(this.node))")
			.expression("score", "this.score")
			.one("node", "UNWIND [this.node] AS that", "Node")
			.build();
	}

	@Bean
	GraphType pathType() {
		return GraphType.value("Path")
			.expression("length", "length(this)")
			.many("nodes", "UNWIND nodes(this) AS that", "Node", null)
			.many("relationships", "UNWIND relationships(this) AS that", "Relationship", null)
			.build();
	}

	@Bean
	GraphType relationshipType() {
		return GraphType.value("Relationship")
			.expression("type", "type(this)")
			.expression("from", "startNode(this).id")
			.expression("to", "endNode(this).id")
			.expression("properties", "properties(this)")
			.many("sources", """
					UNWIND [startNode(this)] AS _start
					MATCH (that:Source)
					WHERE that.id IN coalesce(this.sources, [])
					   OR (this.sources IS NULL AND EXISTS { (_start)-[:CITES|SEEN_IN]->(that) })""", "Source",
					"that.published DESC, that.id")
			.build();
	}

}
