package org.enforcementgraph.law;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.Conditions;
import org.enforcementgraph.system.projection.GraphQuery;

@Controller
final class LawController {

	private final GraphQuery graph;

	LawController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<Map<String, Object>> laws(@Argument LawFilter filter, DataFetchingEnvironment env) {
		Conditions conditions = LawFilter.orNone(filter).conditions();
		return this.graph.list(env, "Law", conditions.where("MATCH (n:Law)"), conditions.parameters(),
				"n.state, coalesce(n.effectiveOn, n.enactedOn), n.id");
	}

}
