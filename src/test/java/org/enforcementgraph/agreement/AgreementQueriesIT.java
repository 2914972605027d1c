package org.enforcementgraph.agreement;

import java.util.ArrayList;
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
import static org.enforcementgraph.Json.edgeIds;
import static org.enforcementgraph.Json.texts;

/** The agreement lists against fixtures/graph.cypher, whose answers are worked out in the comments. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementQueriesIT {

	static final String A1 = "agreement:287g:FL:alachua-county-sheriffs-office:jem:2022-09-15";

	static final String A2 = "agreement:287g:FL:alachua-county-sheriffs-office:tfm:2025-03-01";

	static final String A3 = "agreement:287g:FL:collier-county-sheriffs-office:jem:2019-02-01";

	static final String A4 = "agreement:287g:FL:collier-county-sheriffs-office:jem:2025-11-01";

	static final String A5 = "agreement:287g:TX:harris-county-sheriffs-office:wso:2025-05-01";

	static final String A6 = "agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01";

	static final String A7 = "agreement:287g:TX:houston-police-department:tfm:2026-02-10";

	static final String IGSA = "agreement:igsa:county-48201:txharri";

	static final String USMS = "agreement:usms-iga:NV:las-vegas-metropolitan-police-department:nvclark";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	private List<String> ids(String arguments) {
		return edgeIds(this.graphQl.data("{ agreements" + arguments + " { edges { node { id } } } }").get("agreements"));
	}

	@Test
	void theMandateQueryFindsSheriffsWhoSignedAfterTheirStatesMandateTookEffect() {
		// FL SB 1808 took effect 2022-06-17 for sheriffs; TX SB 8 on 2026-01-01 for sheriffs. Collier's 2019 agreement
		// predates the FL law, Harris' 2025-05 one the TX law, and Houston PD is police, which neither law binds.
		JsonNode page = this.graphQl.data("""
				{ agreements(filter: {underStateMandate: true}, orderBy: SIGNED_OLDEST) {
				    totalCount
				    edges { node { id agency { name kind } sheriffAtSigning { name } mandatedBy { billId }
				                   county { fips } state { postal } sources { title } } } } }""").get("agreements");
		assertThat(edgeIds(page)).containsExactly(A1, A2, A4, A6);
		assertThat(page.get("totalCount").asInt()).isEqualTo(4);
		List<String> sheriffs = new ArrayList<>();
		page.get("edges").forEach(e -> sheriffs.add(e.at("/node/sheriffAtSigning/name").asString(null)));
		assertThat(sheriffs).containsExactly("Pat Example", "Pat Example", null, "Casey Sample");
		assertThat(page.at("/edges/0/node/mandatedBy/0/billId").asString()).isEqualTo("SB 1808 (2022)");
		assertThat(page.at("/edges/3/node/mandatedBy/0/billId").asString()).isEqualTo("SB 8 (2025, 89th Leg. R.S.)");
		assertThat(page.at("/edges/3/node/county/fips").asString()).isEqualTo("48201");
		page.get("edges").forEach(e -> assertThat(e.at("/node/sources")).isNotEmpty());
	}

	@Test
	void notUnderAMandateMeans287gAgreementsSignedWithoutOne() {
		assertThat(ids("(filter: {underStateMandate: false}, orderBy: SIGNED_OLDEST)")).containsExactly(A3, A5, A7);
	}

	@Test
	void asOfAnswersWhatTheLatestListOnOrBeforeThatDayShowed() {
		// Snapshot 2025-06-17 listed A1 A2 A3 A5; snapshot 2026-02-27 listed A1 A2 A4 A6 A7. The two detention
		// contracts run from FY25 (2024-10-01) on; they have no signing date, so they come first oldest-first.
		assertThat(ids("(asOf: \"2025-12-31\", orderBy: SIGNED_OLDEST)")).containsExactly(IGSA, USMS, A3, A1, A2, A5);
		assertThat(ids("(asOf: \"2026-02-27\", orderBy: SIGNED_OLDEST)")).containsExactly(IGSA, USMS, A1, A2, A4, A6, A7);
		assertThat(ids("(asOf: \"2025-01-01\")")).containsExactly(IGSA, USMS);
		assertThat(ids("(asOf: \"2024-01-01\")")).isEmpty();
	}

	@Test
	void newestSigningFirstByDefaultWithUnknownDatesLast() {
		assertThat(ids("")).containsExactly(A7, A6, A4, A5, A2, A1, A3, IGSA, USMS);
	}

	@Test
	void pagesFollowEachOtherWithoutDuplicatesOrGaps() {
		List<String> all = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			JsonNode page = this.graphQl
				.data("query($after: String) { agreements(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }",
						after == null ? Map.of() : Map.of("after", after))
				.get("agreements");
			assertThat(page.get("totalCount").asInt()).isEqualTo(9);
			all.addAll(edgeIds(page));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
			pages++;
		}
		while (after != null);
		assertThat(pages).isEqualTo(5);
		assertThat(all).containsExactly(A7, A6, A4, A5, A2, A1, A3, IGSA, USMS);
	}

	@Test
	void filtersByStateCountyAgencyModelProgramDatesAndStatus() {
		assertThat(ids("(filter: {state: \"FL\"}, orderBy: SIGNED_OLDEST)")).containsExactly(A3, A1, A2, A4);
		assertThat(ids("(filter: {countyFips: \"48201\"}, orderBy: SIGNED_OLDEST)")).containsExactly(IGSA, A5, A6, A7);
		assertThat(ids("(filter: {agencyId: \"agency:TX:harris-county-sheriffs-office\"})")).containsExactly(A6, A5);
		assertThat(ids("(filter: {model: TASK_FORCE})")).containsExactly(A7, A6, A2);
		assertThat(ids("(filter: {program: USMS_IGA})")).containsExactly(USMS);
		assertThat(ids("(filter: {signedFrom: \"2025-05-01\", signedTo: \"2026-02-01\"})")).containsExactly(A6, A4, A5);
		assertThat(ids("(filter: {status: SUPERSEDED})")).containsExactly(A3);
	}

	@Test
	void sortsByPartyName() {
		JsonNode page = this.graphQl.data("{ agreements(orderBy: PARTY_NAME, filter: {program: SECTION_287G}) { edges { node { agency { name } } } } }");
		List<String> names = new ArrayList<>();
		page.at("/agreements/edges").forEach(e -> names.add(e.at("/node/agency/name").asString()));
		assertThat(names).isSorted().hasSize(7);
	}

	@Test
	void renewalsPointBothWays() {
		JsonNode data = this.graphQl.data("{ node(id: \"" + A4 + "\") { ... on Agreement { status supersedes { id status supersededBy { id } } } } }");
		assertThat(data.at("/node/supersedes/id").asString()).isEqualTo(A3);
		assertThat(data.at("/node/supersedes/status").asString()).isEqualTo("SUPERSEDED");
		assertThat(data.at("/node/supersedes/supersededBy/id").asString()).isEqualTo(A4);
	}

	@Test
	void statsCountBySigningMonthStateModelAndKind() {
		JsonNode months = this.graphQl.data("{ agreementStats(groupBy: MONTH, filter: {program: SECTION_287G}) { key count } }")
			.get("agreementStats");
		assertThat(texts(months, "key")).containsExactly("2019-02", "2022-09", "2025-03", "2025-05", "2025-11", "2026-02");
		assertThat(months.get(5).get("count").asInt()).isEqualTo(2);
		JsonNode states = this.graphQl.data("{ agreementStats(groupBy: STATE) { key count } }").get("agreementStats");
		assertThat(texts(states, "key")).containsExactly("FL", "NV", "TX");
		assertThat(texts(states, "count")).containsExactly("4", "1", "4");
		JsonNode models = this.graphQl.data("{ agreementStats(groupBy: MODEL, asOf: \"2026-03-01\") { key count } }")
			.get("agreementStats");
		assertThat(texts(models, "key")).containsExactly("JAIL_ENFORCEMENT", "NONE", "TASK_FORCE");
		assertThat(texts(models, "count")).containsExactly("2", "2", "3");
		JsonNode kinds = this.graphQl.data("{ agreementStats(groupBy: AGENCY_KIND) { key count } }").get("agreementStats");
		assertThat(texts(kinds, "key")).containsExactly("COUNTY", "POLICE", "SHERIFF");
		assertThat(texts(kinds, "count")).containsExactly("1", "2", "6");
	}

	@Test
	void aPageOf500CostsTheSameStatementsAsAPageOf5() {
		String document = "query($n: Int) { agreements(first: $n) { totalCount edges { node { id agency { name county { name } state { name } } county { fips } state { postal } sources { title } } } } }";
		JsonNode small = this.graphQl.post(document, Map.of("n", 5));
		JsonNode large = this.graphQl.post(document, Map.of("n", 500));
		assertThat(large.at("/data/agreements/edges").size()).isEqualTo(9);
		assertThat(small.at("/extensions/cypherStatements").asInt()).isEqualTo(1);
		assertThat(large.at("/extensions/cypherStatements").asInt()).isEqualTo(1);
	}

	@Test
	void firstOverTheMaximumIsAClearBadRequest() {
		JsonNode response = this.graphQl.post("{ agreements(first: 501) { totalCount } }");
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("first must be between 0 and 500").contains("501");
	}

	@Test
	void aMalformedCursorOrDateIsABadRequestWithoutInternals() {
		JsonNode cursor = this.graphQl.post("{ agreements(after: \"not-a-cursor\") { totalCount } }");
		assertThat(cursor.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(cursor.at("/errors/0/message").asString()).contains("endCursor");
		JsonNode date = this.graphQl.post("{ agreements(asOf: \"31/12/2025\") { totalCount } }");
		assertThat(date.at("/errors/0/message").asString()).contains("31/12/2025").doesNotContain("Exception");
		JsonNode model = this.graphQl.post("{ agreements(filter: {model: STREET}) { totalCount } }");
		assertThat(model.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
	}

}
