package org.enforcementgraph.profile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.GraphQuery;

/** {@code countyProfile} and {@code entanglementScore}: one statement each, whatever is selected. */
@Controller
final class ProfileController {

	private final GraphQuery graph;

	ProfileController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> countyProfile(@Argument String fips, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return this.graph.one(env, "CountyProfile", "MATCH (c:County {fips: $fips})"
				+ " UNWIND [{county: c, asOf: coalesce($asOf, date())}] AS _p " + Evidence.gather()
				+ " WITH {county: c, asOf: _p.asOf, recordsLaw: $recordsLaws[c.state], ev: _ev} AS n", parameters(fips, asOf));
	}

	@QueryMapping
	Map<String, Object> entanglementScore(@Argument String fips, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return this.graph.one(env, "EntanglementScore", "MATCH (c:County {fips: $fips}) "
				+ RubricFactors.score("{county: c, asOf: coalesce($asOf, date())}", "n", false), parameters(fips, asOf));
	}

	private static Map<String, Object> parameters(String fips, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("fips", Arguments.fips("fips", fips));
		parameters.put("asOf", asOf);
		parameters.put("recordsLaws", PublicRecordsLaws.byState());
		return parameters;
	}

}
