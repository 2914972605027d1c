package org.enforcementgraph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact the API returns, at any depth, comes with at least one source. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesEverywhereIT {

	/**
	 * Every fact type at every depth the API offers, asked in several requests because one request for all of it
	 * would exceed the complexity bound (README, Security and operations).
	 */
	static final List<String> EVERYTHING = List.of("""
			{ states { sources { id } counties { sources { id } } laws { sources { id } agreementsSignedUnder { sources { id } } } } }""",
			"""
			{ agencies(first: 100) { edges { node { sources { id } tenures { sources { id } person { sources { id } } } } } } }""",
			"""
			{ agreements(first: 100) { edges { node { sources { id } agency { sources { id } }
			      county { sources { id } } state { sources { id } } counterparty { sources { id } } facility { sources { id } }
			      supersedes { sources { id } } mandatedBy { sources { id } } sheriffAtSigning { sources { id } } corrections { sources { id } } } } } }""",
			"""
			{ facilities(first: 100) { edges { node { sources { id } operator { sources { id } } owner { sources { id } }
			      years { sources { id } } fieldOffice { sources { id } } county { sources { id } } } } } }""",
			"""
			{ counties(first: 50) { edges { node { sources { id } agencies { sources { id } policies { sources { id } } grants { sources { id } grantor { sources { id } } } }
			      namedIn { sources { id } report { sources { id } } } places { sources { id } } } } } }""",
			"""
			{ connections(from: "person:TX:casey-sample", to: "company:corecivic") { relationships { sources { id } } } }""");

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void noFactComesBackWithoutASource() {
		List<String> unsourced = new ArrayList<>();
		int[] facts = { 0 };
		for (String query : EVERYTHING) {
			walk(this.graphQl.data(query), "", unsourced, facts);
		}
		assertThat(unsourced).isEmpty();
		assertThat(facts[0]).as("facts checked").isGreaterThan(100);
	}

	private static void walk(JsonNode node, String path, List<String> unsourced, int[] facts) {
		if (node.isObject()) {
			if (node.has("sources")) {
				facts[0]++;
				if (node.get("sources").isEmpty()) {
					unsourced.add(path);
				}
			}
			node.properties().forEach(e -> walk(e.getValue(), path + "/" + e.getKey(), unsourced, facts));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "/" + i, unsourced, facts);
			}
		}
	}

}
