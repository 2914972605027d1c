package org.enforcementgraph.source;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding and correcting facts: only writers may, every write names an existing source, corrections keep history. */
@GraphIT
class MutationsIT {

	static final Map<String, String> WRITER = Map.of("Authorization", "Bearer " + GraphIT.WRITER_KEY);

	static final Map<String, String> READER = Map.of("X-API-Key", GraphIT.READER_KEY);

	static final String ADD_SOURCE = """
			mutation { addSource(input: {url: "https://example.org/moa.pdf", title: "Signed MOA", publisher: "ICE",
			                             published: "2026-03-01", kind: "DOCUMENT"}) { id title retrieved } }""";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	private long nodes() {
		return (long) this.graph.value("MATCH (n) RETURN count(n)", Map.of());
	}

	private JsonNode write(String document) {
		return this.graphQl.post(document, Map.of(), WRITER);
	}

	@Test
	void anonymousAndReadOnlyCallersCannotWriteAndNothingChanges() {
		long before = nodes();
		JsonNode anonymous = this.graphQl.post(ADD_SOURCE);
		assertThat(anonymous.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		JsonNode reader = this.graphQl.post(ADD_SOURCE, Map.of(), READER);
		assertThat(reader.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		JsonNode wrongKey = this.graphQl.post(ADD_SOURCE, Map.of(), Map.of("Authorization", "Bearer nope"));
		assertThat(wrongKey.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(nodes()).isEqualTo(before);
		assertThat(this.graphQl.post("{ states { postal } }", Map.of(), READER).at("/data/states")).hasSize(4);
	}

	@Test
	void aWriterAddsASourcedAgencyAgreementTenureAndPolicy() {
		String source = write(ADD_SOURCE).at("/data/addSource/id").asString();
		assertThat(source).startsWith("source:url:");
		JsonNode agency = write("""
				mutation { addAgency(input: {name: "Travis County Constable Precinct 5", kind: CONSTABLE, state: "TX",
				  countyFips: ["48453"], sourceId: "%s"}) { id kind county { fips } state { postal } sources { title } } }""".formatted(source))
			.at("/data/addAgency");
		assertThat(agency.get("id").asString()).isEqualTo("agency:TX:travis-county-constable-precinct-5");
		assertThat(agency.at("/county/fips").asString()).isEqualTo("48453");
		assertThat(agency.at("/sources/0/title").asString()).isEqualTo("Signed MOA");

		JsonNode agreement = write("""
				mutation { addAgreement(input: {program: SECTION_287G, model: WARRANT_SERVICE_OFFICER,
				  agencyId: "agency:TX:travis-county-constable-precinct-5", signedOn: "2026-03-01", sourceId: "%s"}) {
				  id status agency { name } counterparty { code } } }""".formatted(source)).at("/data/addAgreement");
		assertThat(agreement.get("id").asString()).isEqualTo("agreement:287g:TX:travis-county-constable-precinct-5:wso:2026-03-01");
		assertThat(agreement.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(agreement.at("/counterparty/code").asString()).isEqualTo("ICE");

		JsonNode tenure = write("""
				mutation { addTenure(input: {personName: "Sam Constable", agencyId: "agency:TX:travis-county-constable-precinct-5",
				  title: "Constable", from: "2025-01-01", sourceId: "%s"}) { title person { id } agency { id } sources { id } } }""".formatted(source))
			.at("/data/addTenure");
		assertThat(tenure.at("/person/id").asString()).isEqualTo("person:TX:sam-constable");
		assertThat(tenure.at("/sources/0/id").asString()).isEqualTo(source);

		JsonNode policy = write("""
				mutation { addPolicy(input: {jurisdictionId: "county:48453", title: "No ICE holds", topic: DETAINERS, stance: PROHIBITS,
				  instrument: RESOLUTION, adoptedOn: "2026-02-01", sourceId: "%s"}) { id jurisdiction { ... on County { fips } } } }""".formatted(source))
			.at("/data/addPolicy");
		assertThat(policy.at("/jurisdiction/fips").asString()).isEqualTo("48453");

		JsonNode law = write("""
				mutation { addLaw(input: {state: "TX", billId: "HB 1 (2027)", title: "Test law", kinds: [REQUIRES_DETAINER_COMPLIANCE],
				  effectiveOn: "2027-01-01", sourceId: "%s"}) { id state { postal } } }""".formatted(source)).at("/data/addLaw");
		assertThat(law.get("id").asString()).isEqualTo("law:TX:hb-1-2027");

		JsonNode grant = write("""
				mutation { addGrant(input: {recipientId: "county:48453", program: "Byrne JAG", fiscalYear: 2025, amount: 1000,
				  immigrationConditions: false, grantor: "DOJ-BJA", sourceId: "%s"}) { id grantor { code } } }""".formatted(source))
			.at("/data/addGrant");
		assertThat(grant.get("id").asString()).isEqualTo("grant:byrne-jag:county-48453:FY2025");
	}

	@Test
	void aWriteWithoutAnExistingSourceIsRefusedAndWritesNothing() {
		long before = nodes();
		JsonNode response = write("""
				mutation { addAgency(input: {name: "Nowhere PD", kind: POLICE, state: "TX", sourceId: "source:missing"}) { id } }""");
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("source:missing").contains("addSource");
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void addingAnAgencyThatExistsIsRefused() {
		JsonNode response = write("""
				mutation { addAgency(input: {name: "Harris County Sheriff's Office", kind: SHERIFF, state: "TX",
				  sourceId: "source:test-census"}) { id } }""");
		assertThat(response.at("/errors/0/message").asString()).contains("exists already").contains("correctFact");
	}

	@Test
	void aCorrectionKeepsTheOldValueWhoWhenAndWhy() {
		JsonNode correction = write("""
				mutation { correctFact(input: {id: "agreement:287g:FL:collier-county-sheriffs-office:jem:2025-11-01",
				  field: "signedOn", value: "2025-11-03", reason: "MOA PDF shows the 3rd", sourceId: "source:test-ice-2026-02-27"}) {
				  field oldValue newValue reason kind by at corrects { id } sources { id } } }""").at("/data/correctFact");
		assertThat(correction.get("oldValue").asString()).isEqualTo("2025-11-01");
		assertThat(correction.get("newValue").asString()).isEqualTo("2025-11-03");
		assertThat(correction.get("by").asString()).isEqualTo("test-writer");
		assertThat(correction.get("kind").asString()).isEqualTo("EDIT");
		assertThat(correction.get("at").asString()).isNotBlank();
		JsonNode agreement = this.graphQl.data("{ node(id: \"agreement:287g:FL:collier-county-sheriffs-office:jem:2025-11-01\") { ... on Agreement { signedOn corrections { oldValue } } } }")
			.get("node");
		assertThat(agreement.get("signedOn").asString()).isEqualTo("2025-11-03");
		assertThat(agreement.at("/corrections/0/oldValue").asString()).isEqualTo("2025-11-01");
	}

	@Test
	void onlyPlainValuesCanBeCorrectedAndOnlyWithValuesOfTheirType() {
		JsonNode id = write("""
				mutation { correctFact(input: {id: "county:48201", field: "id", value: "county:1", reason: "x", sourceId: "source:test-census"}) { id } }""");
		assertThat(id.at("/errors/0/message").asString()).contains("cannot be corrected");
		JsonNode date = write("""
				mutation { correctFact(input: {id: "law:TX:sb-8-2025", field: "effectiveOn", value: "next year", reason: "x", sourceId: "source:test-census"}) { id } }""");
		assertThat(date.at("/errors/0/message").asString()).contains("YYYY-MM-DD");
		JsonNode kind = write("""
				mutation { correctFact(input: {id: "agency:TX:houston-police-department", field: "kind", value: "ARMY", reason: "x", sourceId: "source:test-census"}) { id } }""");
		assertThat(kind.at("/errors/0/message").asString()).contains("is not one of");
	}

}
