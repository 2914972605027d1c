package org.enforcementgraph.agency;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.Conditions;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.Page;

@Controller
final class AgencyController {

	private final GraphQuery graph;

	AgencyController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> agency(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.one(env, "Agency", "MATCH (n:Agency {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	Map<String, Object> agencies(@Argument AgencyFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Conditions conditions = AgencyFilter.orNone(filter).conditions();
		return this.graph.connection(env, "Agency", conditions.where("MATCH (n:Agency)"), conditions.parameters(),
				Page.of(first, after, "toLower(n.name)", false));
	}

	@QueryMapping
	Map<String, Object> person(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.one(env, "Person", "MATCH (n:Person {id: $id})", Map.of("id", id));
	}

}
