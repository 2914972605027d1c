package org.enforcementgraph.county;

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
import static org.enforcementgraph.Json.edgeIds;
import static org.enforcementgraph.Json.texts;

/** Counties, agencies, people, facilities, laws and reports against fixtures/graph.cypher. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityQueriesIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void aCountyWithEverythingConnectedToIt() {
		JsonNode harris = this.graphQl.data("""
				{ county(fips: "48201") { name state { postal } agencies { name } agreements { id }
				    now: agreements(asOf: "2026-03-01", program: SECTION_287G) { id }
				    facilities { detloc } fieldOffice { code } places { name } sources { publisher } } }""").get("county");
		assertThat(harris.get("name").asString()).isEqualTo("Harris County");
		assertThat(harris.at("/state/postal").asString()).isEqualTo("TX");
		assertThat(texts(harris.get("agencies"), "name")).containsExactly("Harris County Sheriff's Office", "Houston Police Department");
		assertThat(harris.get("agreements")).hasSize(4);
		assertThat(texts(harris.get("now"), "id")).containsExactly(
				"agreement:287g:TX:houston-police-department:tfm:2026-02-10",
				"agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01");
		assertThat(texts(harris.get("facilities"), "detloc")).containsExactly("TXHARRI", "HOUICDF");
		assertThat(harris.at("/fieldOffice/code").asString()).isEqualTo("HOU");
		assertThat(texts(harris.get("places"), "name")).containsExactly("Houston");
		assertThat(harris.at("/sources/0/publisher").asString()).isEqualTo("U.S. Census Bureau");
	}

	@Test
	void geometryComesBackAsGeoJson() {
		JsonNode alachua = this.graphQl.data("{ county(fips: \"12001\") { geometry } }").at("/county/geometry");
		assertThat(alachua.get("type").asString()).isEqualTo("Point");
		assertThat(alachua.get("coordinates").get(0).asDouble()).isEqualTo(-82.36);
	}

	@Test
	void countiesHoldingBoth287gAndADetentionContract() {
		// Harris: Houston PD and the sheriff hold 287(g), the county an IGSA. Clark holds a USMS IGA but no 287(g).
		assertThat(counties("{has287g: true, hasDetentionContract: true, asOf: \"2026-03-01\"}")).containsExactly("county:48201");
		assertThat(counties("{has287g: true, asOf: \"2026-03-01\"}")).containsExactly("county:12001", "county:12021", "county:48201");
		assertThat(counties("{hasDetentionContract: true, has287g: false, asOf: \"2026-03-01\"}")).containsExactly("county:32003");
		assertThat(counties("{state: \"TX\", has287g: false}")).containsExactly("county:48453");
		assertThat(counties("{nameContains: \"los\"}")).containsExactly("county:06037");
	}

	private List<String> counties(String filter) {
		return edgeIds(this.graphQl.data("{ counties(filter: " + filter + ") { edges { node { id } } } }").get("counties"));
	}

	@Test
	void countyArgumentsAreChecked() {
		JsonNode response = this.graphQl.post("{ county(fips: \"482\") { name } }");
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("five-digit county FIPS code").contains("'482'");
		assertThat(this.graphQl.data("{ county(fips: \"99999\") { name } }").get("county").isNull()).isTrue();
	}

	@Test
	void anAgencysSheriffNowAndThenAndItsTenures() {
		JsonNode alachua = this.graphQl.data("""
				{ agency(id: "agency:FL:alachua-county-sheriffs-office") { kind county { fips } state { postal }
				    sheriff { name } then: sheriff(asOf: "2015-06-01") { name } before: sheriff(asOf: "2000-01-01") { name }
				    tenures { title from to person { name } agency { name } sources { title } } } }""").get("agency");
		assertThat(alachua.get("kind").asString()).isEqualTo("SHERIFF");
		assertThat(alachua.at("/sheriff/name").asString()).isEqualTo("Pat Example");
		assertThat(alachua.at("/then/name").asString()).isEqualTo("Robin Former");
		assertThat(alachua.get("before").isNull()).isTrue();
		assertThat(texts(alachua.get("tenures"), "from")).containsExactly("2020-01-07", "2012-01-01");
		assertThat(alachua.at("/tenures/1/to").asString()).isEqualTo("2020-01-06");
		assertThat(alachua.at("/tenures/0/agency/name").asString()).isEqualTo("Alachua County Sheriff's Office");
		assertThat(alachua.at("/tenures/0/sources/0/title").asString()).isEqualTo("Sheriffs in office (test)");
	}

	@Test
	void agenciesByStateKindCountyAndAgreement() {
		assertThat(agencies("{state: \"TX\", kind: SHERIFF}")).containsExactly("agency:TX:harris-county-sheriffs-office",
				"agency:TX:travis-county-sheriffs-office");
		assertThat(agencies("{has287g: true, asOf: \"2026-03-01\"}")).containsExactly(
				"agency:FL:alachua-county-sheriffs-office", "agency:FL:collier-county-sheriffs-office",
				"agency:TX:harris-county-sheriffs-office", "agency:TX:houston-police-department");
		assertThat(agencies("{countyFips: \"48201\"}")).hasSize(2);
		assertThat(agencies("{nameContains: \"metropolitan\"}"))
			.containsExactly("agency:NV:las-vegas-metropolitan-police-department");
	}

	private List<String> agencies(String filter) {
		return edgeIds(this.graphQl.data("{ agencies(filter: " + filter + ") { edges { node { id } } } }").get("agencies"));
	}

	@Test
	void facilitiesByOperatorYearCountyAndType() {
		assertThat(facilities("{operator: \"corecivic\"}")).containsExactly("facility:HOUICDF");
		assertThat(facilities("{fiscalYear: 2025}")).containsExactly("facility:TXHARRI", "facility:HOUICDF");
		assertThat(facilities("{countyFips: \"48201\", type: \"IGSA\"}")).containsExactly("facility:TXHARRI");
		JsonNode facility = this.graphQl.data("""
				{ facility(id: "facility:HOUICDF") { operator { name facilities { id } } owner { name } county { fips }
				    fieldOffice { name counties { fips } } years(fiscalYear: 2025) { guaranteedMinimum averageDailyPopulation facility { id } } } }""")
			.get("facility");
		assertThat(facility.at("/operator/name").asString()).isEqualTo("CoreCivic");
		assertThat(facility.at("/operator/facilities")).hasSize(1);
		assertThat(facility.at("/years/0/guaranteedMinimum").asInt()).isEqualTo(750);
		assertThat(texts(facility.at("/fieldOffice/counties"), "fips")).containsExactly("48201", "48453");
	}

	private List<String> facilities(String filter) {
		return edgeIds(this.graphQl.data("{ facilities(filter: " + filter + ") { edges { node { id } } } }").get("facilities"));
	}

	@Test
	void lawsAndWhatWasSignedUnderThem() {
		JsonNode mandates = this.graphQl.data("{ laws(filter: {kind: MANDATES_287G}) { id state { postal } agreementsSignedUnder { id } } }")
			.get("laws");
		assertThat(texts(mandates, "id")).containsExactly("law:FL:sb-1808-2022", "law:TX:sb-8-2025");
		assertThat(mandates.at("/0/agreementsSignedUnder")).hasSize(3);
		assertThat(texts(mandates.at("/1/agreementsSignedUnder"), "id"))
			.containsExactly("agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01");
		assertThat(texts(this.graphQl.data("{ laws(filter: {inForceOn: \"2025-12-31\"}) { id } }").get("laws"), "id"))
			.containsExactly("law:CA:sb-54-2017", "law:FL:sb-1808-2022");
		assertThat(this.graphQl.data("{ state(postal: \"TX\") { laws { kinds } } }").at("/state/laws/0/kinds/0").asString())
			.isEqualTo("MANDATES_287G");
	}

	@Test
	void reportsNameJurisdictionsWithTheirFigures() {
		JsonNode report = this.graphQl.data("""
				{ reports(kind: "DECLINED_DETAINER_OUTCOME_REPORT") { id figures periodStart
				    named(first: 10) { rank figures nameAsPrinted jurisdiction { ... on County { fips } } sources { url } } } }""")
			.at("/reports/0");
		assertThat(report.at("/figures/detainersIssued").asInt()).isEqualTo(3083);
		assertThat(report.at("/named/0/figures/detainersIssued").asInt()).isEqualTo(51);
		assertThat(report.at("/named/0/jurisdiction/fips").asString()).isEqualTo("32003");
		assertThat(this.graphQl.data("{ county(fips: \"32003\") { namedIn { rank report { id } } } }").at("/county/namedIn/0/report/id").asString())
			.isEqualTo("report:ice-ddor-2017-01-28");
		assertThat(this.graphQl.post("{ reports { named(first: 600) { rank } } }").at("/errors/0/extensions/classification").asString())
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void policiesAndGrantsNameTheirJurisdiction() {
		JsonNode travis = this.graphQl.data("{ agency(id: \"agency:TX:travis-county-sheriffs-office\") { policies { topic stance jurisdiction { __typename ... on Agency { name } } } } }")
			.at("/agency/policies/0");
		assertThat(travis.get("stance").asString()).isEqualTo("LIMITS");
		assertThat(travis.at("/jurisdiction/__typename").asString()).isEqualTo("Agency");
		JsonNode grant = this.graphQl.data("{ agency(id: \"agency:TX:harris-county-sheriffs-office\") { grants { program immigrationConditions grantor { code } recipient { ... on Agency { id } } } } }")
			.at("/agency/grants/0");
		assertThat(grant.get("immigrationConditions").asBoolean()).isTrue();
		assertThat(grant.at("/grantor/code").asString()).isEqualTo("DOJ-BJA");
	}

}
