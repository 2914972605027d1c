package org.enforcementgraph.facility;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.Conditions;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.Page;

@Controller
final class FacilityController {

	private final GraphQuery graph;

	FacilityController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> facility(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.one(env, "Facility", "MATCH (n:Facility {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	Map<String, Object> facilities(@Argument FacilityFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Conditions conditions = FacilityFilter.orNone(filter).conditions();
		return this.graph.connection(env, "Facility", conditions.where("MATCH (n:Facility)"), conditions.parameters(),
				Page.of(first, after, "toLower(n.name)", false));
	}

	@QueryMapping
	List<Map<String, Object>> fieldOffices(DataFetchingEnvironment env) {
		return this.graph.list(env, "FieldOffice", "MATCH (n:FieldOffice)", Map.of(), "n.code");
	}

}
