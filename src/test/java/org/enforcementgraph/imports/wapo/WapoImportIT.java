package org.enforcementgraph.imports.wapo;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Washington Post's 287(g) history. Expected figures: SOURCES.md gives 201 data rows and the number of "X"
 * marks per year (identical in both files: 2005 6, 2010 63, 2016 38, 2017 66, 2018 83, 2019 128). Read row by row
 * (Python, zipfile + xml), two agencies are listed twice: Bristol County MA (rows 76 and 173, 2017-2019 both) and
 * Butler County OH (rows 102, 2008-2019, and 186, 2005-2019), so a year marked for them counts one agreement.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WapoImportIT {

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Fingerprint fingerprint;

	Output imported;

	static Path file(int year) {
		return RealData.path("287g/wapo/287g_curated_" + year + ".xlsx");
	}

	@BeforeAll
	void importBoth() {
		this.graph.reset();
		this.imported = this.imports.run("wapo-287g", file(2018), file(2019));
	}

	@Test
	void everyRowIsAnAgencyOrRejectedAndEachMarkedYearIsInForce() {
		assertThat(this.imported.exitCode()).as(this.imported.out()).isZero();
		// 201 rows: 200 agencies and the heading row of the section "COUNTIES THAT ENDED 287(g)".
		assertThat(this.imported.out()).contains("201 rows read").contains("1 rows rejected");
		for (Map.Entry<Integer, Integer> year : Map.of(2005, 6, 2010, 63 - 1, 2016, 38 - 1, 2017, 66 - 2, 2018, 83 - 2, 2019, 128 - 2).entrySet()) {
			assertThat(inForce(year.getKey() + "-07-01")).as("in force in " + year.getKey()).isEqualTo(year.getValue().longValue());
		}
	}

	@Test
	void sheriffsNamedByTheirCountyAreTheSheriffsOfficeICEListsName() {
		// "Pinal County" (AZ) with sheriff Mark Lamb, ORI AZ0110000, marked 2008-2019.
		JsonNode pinal = this.graphQl.data("{ agency(id: \"agency:AZ:pinal-county-sheriffs-office\") { name ori kind"
				+ " sheriff(asOf: \"2019-03-01\") { name } agreements { years status } } }").get("agency");
		assertThat(pinal.get("name").asString()).isEqualTo("Pinal County Sheriff's Office");
		assertThat(pinal.get("ori").asString()).isEqualTo("AZ0110000");
		assertThat(pinal.get("kind").asString()).isEqualTo("SHERIFF");
		assertThat(pinal.get("sheriff").get("name").asString()).isEqualTo("Mark Lamb");
		assertThat(pinal.get("agreements").get(0).get("years")).hasSize(12);
		assertThat(pinal.get("agreements").get(0).get("status").asString()).isEqualTo("HISTORICAL");
		// "Bradford County Sherrifs Office" (FL) is Bradford County Sheriff's Office; its sheriff printed with his party.
		JsonNode bradford = this.graphQl.data("{ agency(id: \"agency:FL:bradford-county-sheriffs-office\") { name"
				+ " tenures { person { name } knownInOffice note } } }").get("agency");
		assertThat(bradford.get("name").asString()).isEqualTo("Bradford County Sheriff's Office");
		assertThat(bradford.get("tenures").get(0).get("person").get("name").asString()).isEqualTo("George Paul \"Gordon\" Smith");
		assertThat(bradford.get("tenures").get(0).get("knownInOffice").toString()).isEqualTo("[2018,2019]");
		// The head of an agency is not today's sheriff: the Post names who held office in 2018 and 2019.
		assertThat(this.graphQl.data("{ agency(id: \"agency:AZ:pinal-county-sheriffs-office\") { sheriff { name } } }")
			.get("agency").get("sheriff").isNull()).isTrue();
	}

	@Test
	void rowsLeftWithoutAStateTakeTheStateAbove() {
		// Rows 196-199 of the ended section (Manassas, Prince William) have no state under "Virginia " (row 195).
		assertThat(this.graph.value("MATCH (a:Agency {state: 'VA'}) WHERE a.name STARTS WITH 'Manassas' RETURN count(a)", Map.of()))
			.isEqualTo(2L);
	}

	@Test
	void importingAgainOrInTheOtherOrderGivesTheSameGraph() {
		String both = this.fingerprint.of();
		assertThat(this.imports.run("wapo-287g", file(2019), file(2018)).out()).contains("2 files skipped");
		this.graph.reset();
		assertThat(this.imports.run("wapo-287g", file(2019)).exitCode()).isZero();
		assertThat(this.imports.run("wapo-287g", file(2018)).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(both);
	}

	private long inForce(String day) {
		return this.graphQl.data("{ agreements(asOf: \"" + day + "\") { totalCount } }").get("agreements").get("totalCount").asLong();
	}

}
