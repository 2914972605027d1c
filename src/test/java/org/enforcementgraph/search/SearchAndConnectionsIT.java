package org.enforcementgraph.search;

import java.util.ArrayList;
import java.util.List;

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

@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndConnectionsIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void searchRanksTheClosestNameFirstAndSaysWhatEachHitIs() {
		JsonNode hits = this.graphQl.data("{ search(text: \"harris county\") { kind score node { id } } }").get("search");
		assertThat(hits.get(0).at("/node/id").asString()).isEqualTo("county:48201");
		assertThat(hits.get(0).get("kind").asString()).isEqualTo("County");
		assertThat(texts(hits, "kind")).contains("Agency", "Facility");
		List<Double> scores = new ArrayList<>();
		hits.forEach(h -> scores.add(h.get("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void searchFindsPeopleCompaniesByAliasAndLaws() {
		assertThat(this.graphQl.data("{ search(text: \"casey\") { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("person:TX:casey-sample");
		assertThat(this.graphQl.data("{ search(text: \"corrections corporation\") { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("company:corecivic");
		assertThat(this.graphQl.data("{ search(text: \"first: 1\", first: 1) { node { id } } }").get("search").size()).isLessThanOrEqualTo(1);
	}

	@Test
	void searchTextThatIsNotAQueryIsABadRequest() {
		JsonNode response = this.graphQl.post("{ search(text: \"\\\"unbalanced\") { kind } }");
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("double quotes");
	}

	@Test
	void connectionsFromASheriffToAPrivatePrisonCompany() {
		JsonNode paths = this.graphQl.data("""
				{ connections(from: "person:TX:casey-sample", to: "company:corecivic") {
				    length nodes { id } relationships { type from to sources { id } } } }""").get("connections");
		assertThat(paths).hasSize(2);
		for (JsonNode path : paths) {
			assertThat(path.get("length").asInt()).isEqualTo(4);
			assertThat(texts(path.get("nodes"), "id")).containsExactly("person:TX:casey-sample",
					"agency:TX:harris-county-sheriffs-office", "county:48201", "facility:HOUICDF", "company:corecivic");
			assertThat(texts(path.get("relationships"), "type").subList(0, 3)).containsExactly("HELD_OFFICE", "SERVES", "LOCATED_IN");
			path.get("relationships").forEach(r -> assertThat(r.get("sources")).isNotEmpty());
		}
		assertThat(texts(paths, "length")).containsOnly("4");
	}

	@Test
	void connectionsAreBoundedAndEmptyWhenThereIsNothingToConnect() {
		JsonNode tooFar = this.graphQl.post("{ connections(from: \"county:48201\", to: \"county:12001\", maxHops: 50) { length } }");
		assertThat(tooFar.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(tooFar.at("/errors/0/message").asString()).contains("maxHops must be between 1 and 6");
		assertThat(this.graphQl.data("{ connections(from: \"county:48201\", to: \"county:48201\") { length } }").get("connections")).isEmpty();
		assertThat(this.graphQl.data("{ connections(from: \"county:00000\", to: \"county:48201\") { length } }").get("connections")).isEmpty();
		assertThat(this.graphQl.data("{ connections(from: \"county:12001\", to: \"county:06037\", maxHops: 2) { length } }").get("connections")).isEmpty();
	}

}
