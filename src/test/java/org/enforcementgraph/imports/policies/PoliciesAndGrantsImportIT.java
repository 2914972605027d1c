package org.enforcementgraph.imports.policies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.Imports;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import policies} and {@code import grants} on the fixture CSVs in src/test/resources/imports (counted by
 * hand: policies.csv has 7 rows, 4 usable, the last 3 made up to be rejected; grants.csv has 3 rows, 2 usable), over
 * the counties and agencies of fixtures/agencies-and-agreements.cypher.
 */
@GraphIT
class PoliciesAndGrantsImportIT {

	static final Path POLICIES = Path.of("src/test/resources/imports/policies.csv");

	static final Path GRANTS = Path.of("src/test/resources/imports/grants.csv");

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@BeforeEach
	void fixture() {
		this.graph.reset("agencies-and-agreements.cypher");
	}

	@Test
	void policiesAndGrantsLinkToTheirJurisdictionsWithSources() throws Exception {
		Path rejected = this.dir.resolve("rejected.csv");
		Output policies = this.imports.run("policies", POLICIES, "--rejected", rejected);
		assertThat(policies.exitCode()).as(policies.out()).isZero();
		assertThat(policies.out()).contains("7 rows read, 4 policies new, 0 policies updated, 3 rows rejected");
		assertThat(Files.readString(rejected)).contains("policies.csv,,6,topic,deportations,\"is not a policy topic")
			.contains("policies.csv,,7,jurisdiction,99999,no county with this FIPS code")
			.contains("policies.csv,,8,adopted,2018-13-01,\"is not a date");
		Output grants = this.imports.run("grants", GRANTS, "--rejected", rejected);
		assertThat(grants.out()).contains("3 rows read, 2 grants new, 0 grants updated, 1 rows rejected");
		assertThat(Files.readString(rejected)).contains("grants.csv,,4,immigration_conditions,maybe,expected yes or no");

		JsonNode cook = this.graphQl.data("""
				{ county(fips: "17031") { policies { id topic stance instrument adoptedOn jurisdiction { ... on County { fips } } sources { url quote } }
				                           grants { id program fiscalYear immigrationConditions grantor { code } sources { url } } } }""")
			.get("county");
		assertThat(cook.get("policies").get(0).get("id").asText()).isEqualTo("policy:county-17031:detainers:2011-09");
		assertThat(cook.get("policies").get(0).get("stance").asText()).isEqualTo("LIMITS");
		assertThat(cook.get("policies").get(0).get("adoptedOn").isNull()).as("only the month is known").isTrue();
		assertThat(cook.get("policies").get(0).get("sources").toString()).contains("Require written agreement from ICE");
		assertThat(cook.get("grants").get(0).get("id").asText()).isEqualTo("grant:byrne-jag:county-17031:FY2017");
		assertThat(cook.get("grants").get(0).get("immigrationConditions").asBoolean()).isTrue();
		assertThat(cook.get("grants").get(0).get("grantor").get("code").asText()).isEqualTo("DOJ-BJA");
		assertThat(this.graph.value("MATCH (p:Place {id: 'place:NY:ithaca'})-[:ADOPTED]->(n:Policy) RETURN n.adoptedAsPrinted", Map.of()))
			.isEqualTo("2017-02");
		assertThat(this.graph.value("""
				MATCH (:Agency {id: 'agency:TX:harris-county-sheriffs-office'})-[:RECEIVED]->(g:Grant {id: 'grant:scaap:agency-tx-harris-county-sheriffs-office:FY2024'})
				RETURN g.amount""", Map.of())).isEqualTo(123456.0);
	}

	@Test
	void reimportChangesNothingAndOrderDoesNotMatter() {
		assertThat(this.imports.run("policies", POLICIES).exitCode()).isZero();
		assertThat(this.imports.run("grants", GRANTS).exitCode()).isZero();
		String once = this.fingerprint.of();
		assertThat(this.imports.run("policies", POLICIES).out()).contains("1 files skipped");
		assertThat(this.imports.run("grants", GRANTS).out()).contains("1 files skipped");
		assertThat(this.fingerprint.of()).isEqualTo(once);
		fixture();
		assertThat(this.imports.run("grants", GRANTS).exitCode()).isZero();
		assertThat(this.imports.run("policies", POLICIES).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(once);
	}

	@Test
	void aFileWithoutTheColumnsIsRefusedWhole() throws Exception {
		String before = this.fingerprint.of();
		Path wrong = Files.writeString(this.dir.resolve("policies.csv"), "county\ttopic\n17031\tdetainers\n");
		Output output = this.imports.run("policies", wrong);
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("the header lacks the columns");
		assertThat(this.imports.run("grants", wrong).exitCode()).isEqualTo(1);
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

}
