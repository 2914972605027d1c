package org.enforcementgraph.state;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.GraphQuery;

@Controller
final class StateController {

	private final GraphQuery graph;

	StateController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<Map<String, Object>> states(DataFetchingEnvironment env) {
		return this.graph.list(env, "State", "MATCH (n:State)", Map.of(), "n.postal");
	}

	@QueryMapping
	Map<String, Object> state(@Argument String postal, DataFetchingEnvironment env) {
		return this.graph.one(env, "State", "MATCH (n:State {postal: $postal})",
				Map.of("postal", Arguments.postal("postal", postal)));
	}

}
