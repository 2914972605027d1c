package org.enforcementgraph.savedquery;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementgraph.Json.texts;

/** Every saved query runs through GraphQL on the fixture graph and gives the answer worked out from it. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedQueriesIT {

	static final String RUN = "query($name: String!, $params: JSON) { savedQuery(name: $name, params: $params) { columns rows } }";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	private JsonNode rows(String name, Map<String, Object> params) {
		JsonNode response = this.graphQl.post(RUN, Map.of("name", name, "params", params));
		assertThat(response.has("errors")).as(name + ": " + response.get("errors")).isFalse();
		assertThat(response.at("/extensions/cypherStatements").asInt()).isEqualTo(1);
		return response.at("/data/savedQuery/rows");
	}

	@Test
	void theListSaysWhatEachQueryAnswersAndTakes() {
		JsonNode queries = this.graphQl.data("{ savedQueries { name title answers parameters { name type example } cypher } }")
			.get("savedQueries");
		assertThat(texts(queries, "name")).containsExactly("287g-agencies-by-size", "agencies-with-most-agreements", "agreements-under-state-mandates",
				"counties-with-287g-and-detention", "county-neighbourhood", "facilities-by-guaranteed-minimum",
				"sheriff-to-detention-company", "what-changed-in-ice-list");
		queries.forEach(q -> assertThat(q.get("answers").asString()).isNotBlank());
		assertThat(queries.at("/4/parameters/0/example").asString()).isEqualTo("'48201'");
	}

	@Test
	void agreementsUnderStateMandates() {
		JsonNode rows = rows("agreements-under-state-mandates", Map.of());
		assertThat(texts(rows, "agreementId")).containsExactly(
				"agreement:287g:FL:alachua-county-sheriffs-office:jem:2022-09-15",
				"agreement:287g:FL:alachua-county-sheriffs-office:tfm:2025-03-01",
				"agreement:287g:FL:collier-county-sheriffs-office:jem:2025-11-01",
				"agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01");
		assertThat(texts(rows, "sheriffAtSigning")).containsExactly("Pat Example", "Pat Example", null, "Casey Sample");
		assertThat(rows("agreements-under-state-mandates", Map.of("state", "TX"))).hasSize(1);
	}

	@Test
	void countiesWithBoth() {
		JsonNode rows = rows("counties-with-287g-and-detention", Map.of("asOf", "2026-03-01"));
		assertThat(texts(rows, "fips")).containsExactly("48201");
		assertThat(rows.at("/0/detentionFacilities/0").asString()).isEqualTo("HARRIS COUNTY JAIL");
	}

	@Test
	void fromASheriffToACompany() {
		JsonNode rows = rows("sheriff-to-detention-company", Map.of("person", "person:TX:casey-sample"));
		assertThat(rows).hasSize(2);
		assertThat(rows.at("/0/hops").asInt()).isEqualTo(4);
		assertThat(rows.at("/0/path/nodes")).hasSize(5);
		assertThat(rows.at("/0/path/relationships/0/from").asString()).isEqualTo("person:TX:casey-sample");
	}

	@Test
	void whatChangedBetweenTwoLists() {
		JsonNode rows = rows("what-changed-in-ice-list", Map.of("from", "2025-12-31", "to", "2026-03-01"));
		assertThat(texts(rows, "change")).containsExactly("added", "added", "added", "ended", "ended");
		assertThat(texts(rows, "agreementId")).contains("agreement:287g:TX:houston-police-department:tfm:2026-02-10",
				"agreement:287g:FL:collier-county-sheriffs-office:jem:2019-02-01");
	}

	@Test
	void agenciesWithTheMostAgreementsAndFacilitiesByGuaranteedMinimum() {
		JsonNode agencies = rows("agencies-with-most-agreements", Map.of("limit", 3));
		assertThat(texts(agencies, "agency")).containsExactly("Alachua County Sheriff's Office",
				"Collier County Sheriff's Office", "Harris County Sheriff's Office");
		JsonNode facilities = rows("facilities-by-guaranteed-minimum", Map.of());
		assertThat(texts(facilities, "facility")).containsExactly("HOUSTON CONTRACT DETENTION FACILITY");
		assertThat(facilities.at("/0/guaranteedMinimum").asInt()).isEqualTo(750);
	}

	@Test
	void aCountysNeighbourhood() {
		JsonNode rows = rows("county-neighbourhood", Map.of("fips", "48201"));
		assertThat(rows.at("/0/county").asString()).isEqualTo("Harris County");
		List<String> near = new java.util.ArrayList<>();
		rows.forEach(r -> near.add(r.at("/path/nodes/1/id").asString()));
		assertThat(near).contains("agency:TX:harris-county-sheriffs-office", "facility:HOUICDF", "field-office:HOU");
	}

	@Test
	void badNamesParametersAndValuesAreClearErrors() {
		assertThat(this.graphQl.post(RUN, Map.of("name", "drop-everything")).at("/errors/0/message").asString())
			.contains("no saved query is called 'drop-everything'");
		assertThat(this.graphQl.post(RUN, Map.of("name", "what-changed-in-ice-list", "params", Map.of("since", "x")))
			.at("/errors/0/message").asString()).contains("has no parameter 'since'").contains("from, to");
		assertThat(this.graphQl.post(RUN, Map.of("name", "what-changed-in-ice-list", "params", Map.of("from", "May 1")))
			.at("/errors/0/message").asString()).contains("not a date YYYY-MM-DD");
	}

}
