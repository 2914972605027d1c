package org.enforcementgraph.system.graphql;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.GraphTypes;

/** {@code node(id)}: any entity by id; the id's prefix names its label, so the lookup uses that label's index. */
@Controller
final class NodeController {

	private final GraphQuery graph;

	private final GraphTypes types;

	NodeController(GraphQuery graph, GraphTypes types) {
		this.graph = graph;
		this.types = types;
	}

	@QueryMapping
	Map<String, Object> node(@Argument String id, DataFetchingEnvironment env) {
		return this.types.forId(id)
			.map(type -> this.graph.one(env, "Node", "MATCH (n:`" + type.label() + "` {id: $id})", Map.of("id", id)))
			.orElse(null);
	}

}
