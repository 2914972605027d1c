package org.enforcementgraph.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.GraphQuery;

@Controller
final class ReportController {

	private final GraphQuery graph;

	ReportController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<Map<String, Object>> reports(@Argument String kind, DataFetchingEnvironment env) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", kind);
		return this.graph.list(env, "Report", "MATCH (n:Report) WHERE $kind IS NULL OR n.kind = $kind", parameters,
				"n.published DESC, n.id");
	}

	@QueryMapping
	Map<String, Object> report(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.one(env, "Report", "MATCH (n:Report {id: $id})", Map.of("id", id));
	}

}
