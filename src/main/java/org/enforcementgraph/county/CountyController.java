package org.enforcementgraph.county;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.Page;

@Controller
final class CountyController {

	private final GraphQuery graph;

	CountyController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> county(@Argument String fips, DataFetchingEnvironment env) {
		return this.graph.one(env, "County", "MATCH (n:County {fips: $fips})", Map.of("fips", Arguments.fips("fips", fips)));
	}

	@QueryMapping
	Map<String, Object> counties(@Argument CountyFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Conditions conditions = CountyFilter.orNone(filter).conditions();
		return this.graph.connection(env, "County", conditions.where("MATCH (n:County)"), conditions.parameters(),
				Page.of(first, after, "n.fips", false));
	}

}
