package org.enforcementgraph.savedquery;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.RealGraph;
import org.enforcementgraph.RealGraphLast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementgraph.Json.texts;

/**
 * Every saved query on the real data of ../shared/data, each checked against an answer read from the files by other
 * means (Python over the xlsx and csv files; the rows named in each test).
 */
@GraphIT
@RealGraphLast.Uses
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedQueriesOnRealDataIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	RealGraph realGraph;

	@BeforeAll
	void realData() {
		this.realGraph.ensure();
	}

	private JsonNode rows(String name, Map<String, Object> params) {
		JsonNode response = this.graphQl.post(SavedQueriesIT.RUN, Map.of("name", name, "params", params));
		assertThat(response.has("errors")).as(name + ": " + response.get("errors")).isFalse();
		return response.at("/data/savedQuery/rows");
	}

	@Test
	void whatChangedBetweenTheListsOfTwoDays() {
		// participatingAgencies07082025pm.xlsx has 31 (state, agency, model) pairs 07072025pm.xlsx lacks, and lacks none.
		JsonNode rows = rows("what-changed-in-ice-list", Map.of("from", "2025-07-07", "to", "2025-07-08"));
		assertThat(rows).hasSize(31);
		assertThat(texts(rows, "change")).containsOnly("added");
		assertThat(texts(rows, "agency")).contains("Stone County Sheriff's Office", "Arkansas State Police Department");
	}

	@Test
	void agreementsSignedUnderAStateMandate() {
		// Florida's SB 1808 (in force 2022-06-17) binds sheriffs; Alachua County SO signed its WSO agreement 2025-02-24
		// (row 4 of participatingAgencies-20250318231034.xlsx). Nothing signed before a Florida mandate is listed.
		JsonNode florida = rows("agreements-under-state-mandates", Map.of("state", "FL"));
		assertThat(texts(florida, "agreementId")).contains("agreement:287g:FL:alachua-county-sheriffs-office:wso:2025-02-24");
		florida.forEach(row -> assertThat(row.get("signed").asString()).isGreaterThanOrEqualTo(row.get("lawInForce").asString()));
		assertThat(texts(florida, "law")).contains("SB 1808 (2022)");
	}

	@Test
	void countiesWithBoth287gAndADetentionContract() {
		// Etowah County AL: its sheriff's JEM agreement is on the list of 2026-05-18, and the FY26 statistics list the
		// Etowah County Jail as a USMS IGA.
		JsonNode rows = rows("counties-with-287g-and-detention", Map.of("asOf", "2026-05-18"));
		assertThat(texts(rows, "fips")).contains("01055");
		JsonNode etowah = rows.findParents("fips").stream().filter(r -> r.get("fips").asString().equals("01055")).findFirst().orElseThrow();
		assertThat(etowah.get("detentionFacilities").toString()).contains("ETOWAH COUNTY JAIL");
	}

	@Test
	void facilitiesByGuaranteedMinimum() {
		// FY26 statistics: ERO El Paso Camp East Montana (CDF) has the largest guaranteed minimum, 5,000.
		JsonNode rows = rows("facilities-by-guaranteed-minimum", Map.of());
		assertThat(rows.at("/0/facility").asString()).isEqualTo("ERO EL PASO CAMP EAST MONTANA");
		assertThat(rows.at("/0/guaranteedMinimum").asInt()).isEqualTo(5000);
	}

	@Test
	void fromASheriffToPrivatePrisonCompanies() {
		// Mark Lamb was Pinal County's sheriff (Washington Post history); the 2015 listing has CCA (CoreCivic) operating
		// the Central Arizona Detention Center in Florence, Pinal County.
		JsonNode rows = rows("sheriff-to-detention-company", Map.of("person", "person:AZ:mark-lamb"));
		assertThat(texts(rows, "company")).contains("CoreCivic");
		assertThat(rows.at("/0/via/1").asString()).isEqualTo("Pinal County Sheriff's Office");
	}

	@Test
	void agencies287gBySizeInTheFbiRoster() {
		// fbi_lee_latest.csv: Autauga (AL0040000) has 31 officers, 10 civilians, population 22,249; ICE's lists name its
		// sheriff's office with a 287(g) agreement to this day.
		JsonNode rows = rows("287g-agencies-by-size", Map.of("asOf", "2026-05-18", "limit", 2000));
		JsonNode autauga = null;
		for (JsonNode row : rows) {
			if (row.get("agency").asString().equals("Autauga County Sheriff's Office")) {
				autauga = row;
			}
		}
		assertThat(autauga).as("Autauga County Sheriff's Office among " + rows.size() + " rows").isNotNull();
		assertThat(autauga.get("ori").asString()).isEqualTo("AL0040000");
		assertThat(autauga.get("officers").asInt()).isEqualTo(31);
		assertThat(autauga.get("civilians").asInt()).isEqualTo(10);
		assertThat(autauga.get("population").asInt()).isEqualTo(22249);
		assertThat(autauga.get("confidence").asDouble()).isBetween(0.7, 1.0);
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).get("officers").asInt(Integer.MAX_VALUE))
				.isGreaterThanOrEqualTo(rows.get(i - 1).get("officers").asInt(Integer.MAX_VALUE));
		}
	}

	@Test
	void agenciesWithTheMostAgreementsAndACountysNeighbourhood() {
		// Butler County SO (OH): the Post's 2005-2019 history, ICE's JEM of 2020 and its 2025 renewal, a 2025 TFM, and the
		// IGSA and USMS IGA of the Butler County jail: six.
		JsonNode agencies = rows("agencies-with-most-agreements", Map.of("limit", 3));
		assertThat(agencies.at("/0/agency").asString()).isEqualTo("Butler County Sheriff's Office");
		assertThat(agencies.at("/0/state").asString()).isEqualTo("OH");
		assertThat(agencies.at("/0/agreements").asInt()).isEqualTo(6);
		JsonNode harris = rows("county-neighbourhood", Map.of("fips", "48201"));
		java.util.List<String> near = new java.util.ArrayList<>();
		harris.forEach(r -> near.add(r.at("/path/nodes/1/id").asString()));
		assertThat(near).contains("agency:TX:harris-county-sheriffs-office", "field-office:HOU");
	}

}
