package org.enforcementgraph.imports.ice287g;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.Imports;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 287(g) agreement a writer entered by hand (from a signed MOA, say) is not ICE's list history: the imports of the
 * lists, which bring the graph to the history they derive, leave it as it was entered.
 */
@GraphIT
class Ice287gHandEnteredIT {

	static final Map<String, String> WRITER = Map.of("Authorization", "Bearer " + GraphIT.WRITER_KEY);

	static final String AGREEMENT = "agreement:287g:TX:travis-county-constable-precinct-5:wso:2026-03-01";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Test
	void anAgreementEnteredByHandOutlivesTheImportsOfTheLists() {
		this.graph.reset("graph.cypher");
		String source = write("""
				mutation { addSource(input: {url: "https://example.org/moa.pdf", title: "Signed MOA", publisher: "ICE",
				                             published: "2026-03-01", kind: "DOCUMENT"}) { id } }""").at("/data/addSource/id").asString();
		write("""
				mutation { addAgency(input: {name: "Travis County Constable Precinct 5", kind: CONSTABLE, state: "TX",
				  countyFips: ["48453"], sourceId: "%s"}) { id } }""".formatted(source));
		assertThat(write("""
				mutation { addAgreement(input: {program: SECTION_287G, model: WARRANT_SERVICE_OFFICER,
				  agencyId: "agency:TX:travis-county-constable-precinct-5", signedOn: "2026-03-01", sourceId: "%s"}) { id } }"""
			.formatted(source)).at("/data/addAgreement/id").asString()).isEqualTo(AGREEMENT);

		// The first import finds no list history in the graph; the second reads the one the first wrote.
		assertThat(this.imports.run("ice-287g", IceLists.participating(Ice287gBadFilesIT.GOOD)).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g", IceLists.participating("ParticipatingEntities-20210628025835.xlsx")).exitCode())
			.isZero();

		JsonNode agency = this.graphQl.post("""
				{ agency(id: "agency:TX:travis-county-constable-precinct-5") { name
				  agreements { id status signedOn model counterparty { code } sources { title } } } }""").at("/data/agency");
		assertThat(agency.get("name").asString()).isEqualTo("Travis County Constable Precinct 5");
		assertThat(agency.get("agreements")).hasSize(1);
		JsonNode entered = agency.at("/agreements/0");
		assertThat(entered.get("id").asString()).isEqualTo(AGREEMENT);
		assertThat(entered.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(entered.get("signedOn").asString()).isEqualTo("2026-03-01");
		assertThat(entered.get("model").asString()).isEqualTo("WARRANT_SERVICE_OFFICER");
		assertThat(entered.at("/counterparty/code").asString()).isEqualTo("ICE");
		assertThat(entered.at("/sources/0/title").asString()).isEqualTo("Signed MOA");
		Object fromLists = this.graph.value("MATCH (g:Agreement)-[:LISTED_AS]->(:ListEntry) RETURN count(DISTINCT g)", Map.of());
		assertThat((long) fromLists).as("agreements from the lists").isPositive();
		assertThat(this.graph.value("MATCH (g:Agreement {program: 'SECTION_287G'}) RETURN count(g)", Map.of()))
			.as("the lists' agreements and the one entered by hand")
			.isEqualTo((long) fromLists + 1);
	}

	@Test
	void anAgreementEnteredByHandThatTheListsThenShowIsOneAgreement() {
		this.graph.reset("graph.cypher");
		String source = write("""
				mutation { addSource(input: {url: "https://example.org/burnet-moa.pdf", title: "Burnet County MOA",
				                             publisher: "ICE", published: "2019-11-05", kind: "DOCUMENT"}) { id } }""")
			.at("/data/addSource/id").asString();
		String agency = write("""
				mutation { addAgency(input: {name: "Burnet County Sheriff's Office", kind: SHERIFF, state: "TX",
				  sourceId: "%s"}) { id } }""".formatted(source)).at("/data/addAgency/id").asString();
		// The list of 2021-01-13 prints this row (read with Python's zipfile): TEXAS, Burnet County Sheriff's Office,
		// Warrant Service Officer, 2019-11-05.
		String id = write("""
				mutation { addAgreement(input: {program: SECTION_287G, model: WARRANT_SERVICE_OFFICER,
				  agencyId: "%s", signedOn: "2019-11-05", sourceId: "%s"}) { id } }""".formatted(agency, source))
			.at("/data/addAgreement/id").asString();

		assertThat(this.imports.run("ice-287g", IceLists.participating(Ice287gBadFilesIT.GOOD)).exitCode()).isZero();

		assertThat(this.graph.value("MATCH (:Agency {id: $agency})-[r:PARTY_TO]->(:Agreement) RETURN count(r)",
				Map.of("agency", agency))).as("one agreement, once its party").isEqualTo(1L);
		assertThat(this.graph.value("MATCH (:Agreement {id: $id})-[r:WITH]->(:FederalAgency) RETURN count(r)", Map.of("id", id)))
			.as("once with ICE").isEqualTo(1L);
		assertThat(this.graph.value("MATCH (:Agreement {id: $id})-[:LISTED_AS]->(e:ListEntry) RETURN count(e)", Map.of("id", id)))
			.as("the list's row").isEqualTo(1L);
		JsonNode sources = this.graphQl.post("{ agency(id: \"%s\") { agreements { sources { title } } } }".formatted(agency))
			.at("/data/agency/agreements/0/sources");
		assertThat(sources.findValuesAsString("title")).as("the writer's source and the list's")
			.contains("Burnet County MOA")
			.anyMatch(title -> title.contains(Ice287gBadFilesIT.GOOD));
	}

	private JsonNode write(String document) {
		JsonNode response = this.graphQl.post(document, Map.of(), WRITER);
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response;
	}

}
