package org.enforcementgraph.imports.ice287g;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The whole history of ICE's 287(g) lists, imported once from the 37 real files. Expected figures come from reading
 * the files by other means: the per-file row and support-type counts of ../shared/data/SOURCES.md, and rows read
 * one by one with Python (zipfile + xml) for the cases named in each test.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ice287gHistoryIT {

	/** Rows of the 32 participating lists and of the 5 pending lists (SOURCES.md, "data rows"). */
	static final int PARTICIPATING_ROWS = 21_433;

	static final int PENDING_ROWS = 169;

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	static Path dir;

	Output participating;

	Output pending;

	@BeforeAll
	void importAll() {
		this.graph.reset();
		this.participating = this.imports.run("ice-287g", args(IceLists.participating()));
		this.pending = this.imports.run("ice-287g-pending", args(IceLists.pending()));
	}

	private Object[] args(List<Path> files) {
		List<Object> args = new ArrayList<>(files);
		args.add("--rejected");
		args.add(dir.resolve("rejected.csv"));
		return args.toArray();
	}

	@Test
	void theSameListsInAnotherOrderAndInSeveralRunsGiveTheSameGraph() {
		String oneRun = this.fingerprint.of();
		Output again = this.imports.run("ice-287g", args(IceLists.participating()));
		assertThat(again.out()).contains("32 files skipped").doesNotContain("Writing");
		assertThat(this.fingerprint.of()).as("importing the same files again changes nothing").isEqualTo(oneRun);

		this.graph.reset();
		List<Path> shuffled = new ArrayList<>(IceLists.participating());
		Collections.shuffle(shuffled, new Random(287));
		assertThat(this.imports.run("ice-287g-pending", args(IceLists.pending().subList(0, 3))).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g", args(shuffled.subList(0, 11))).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g-pending", args(IceLists.pending().subList(3, 5))).exitCode()).isZero();
		assertThat(this.imports.run("ice-287g", args(shuffled.subList(11, 32))).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneRun);
	}

	@Test
	void changesBetweenTwoDaysAreWhatTheListsOfThoseDaysDiffer() {
		// Rows compared by state, name and model in Python: the list of 2025-07-08 (pm) has 31 pairs the one of
		// 2025-07-07 (pm) lacks and lacks none of its pairs.
		JsonNode july = changes("2025-07-07", "2025-07-08");
		assertThat(july.get("fromList").get("title").asString()).contains("participatingAgencies07072025pm.xlsx");
		assertThat(july.get("added").size()).isEqualTo(31);
		assertThat(july.get("ended").size()).isZero();
		// 2025-09-30 to 2025-10-31: 66 pairs new and 5 gone by name, one of each being "Somervill County Sheriff's
		// Office" (TX, WSO) respelled "Somerville": a rename, not an end and a start.
		JsonNode october = changes("2025-09-30", "2025-10-31");
		assertThat(october.get("added").size()).isEqualTo(65);
		assertThat(october.get("ended").size()).isEqualTo(4);
		assertThat(october.get("renamedAgencies").findValuesAsString("newName")).contains("Somerville County Sheriff's Office");
		// 2026-04-30 to 2026-05-18: 85 new and 12 gone by name, two of them respellings (Okfusfee, Southampton).
		JsonNode may = changes("2026-04-30", "2026-05-18");
		assertThat(may.get("added").size()).isEqualTo(83);
		assertThat(may.get("ended").size()).isEqualTo(10);
		assertThat(may.get("renamedAgencies").findValuesAsString("oldName")).contains("Okfusfee County Sheriff's Office",
				"Southampton Twp. Cumberland City, Constables Office");
		// The signing date of Etowah County's JEM agreement was reprinted between the lists of 2022-02 and 2022-06.
		assertThat(changes("2022-03-01", "2022-07-01").get("corrections").findValuesAsString("newValue")).contains("2020-06-09");
		assertThat(changes("2020-01-01", "2021-01-13").get("added").size()).as("everything is new on the first list").isEqualTo(150);
	}

	@Test
	void everyRowOfEveryListIsAnEntryOfTheGraph() {
		assertThat(this.participating.exitCode()).as(this.participating.out()).isZero();
		assertThat(this.pending.exitCode()).as(this.pending.out()).isZero();
		assertThat(this.participating.out()).contains("Total: 32 files imported, " + PARTICIPATING_ROWS + " rows read")
			.contains("0 rows rejected, ");
		assertThat(this.pending.out()).contains("Total: 5 files imported, " + PENDING_ROWS + " rows read");
		assertThat(count("MATCH (e:ListEntry) RETURN count(e)")).isEqualTo(PARTICIPATING_ROWS + PENDING_ROWS);
		assertThat(count("MATCH (e:ListEntry) WHERE NOT EXISTS { (:Agreement)-[:LISTED_AS]->(e) } RETURN count(e)"))
			.as("entries that belong to no agreement").isZero();
		assertThat(count("MATCH (s:Source {kind: 'LIST_SNAPSHOT'}) RETURN count(s)")).isEqualTo(37);
	}

	@Test
	void asOfTheDayOfAListTheAgreementsInForceAreTheRowsOfThatList() {
		// Per-model counts as printed (SOURCES.md), variants of a label summed; duplicate rows (read from the files)
		// are one agreement: 05162025am rows 51 and 238 (St. Cloud PD, TFM), 07072025pm rows 295 and 296
		// (St. Cloud PD, TFM), 08152025pm rows 357 and 358 (Volusia County SO, TFM).
		assertThat(byModel("2021-01-13")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 74L, "WARRANT_SERVICE_OFFICER", 76L));
		assertThat(byModel("2025-02-21")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 60L, "TASK_FORCE", 11L, "WARRANT_SERVICE_OFFICER", 80L));
		assertThat(byModel("2025-05-16")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 91L, "TASK_FORCE", 274L, "WARRANT_SERVICE_OFFICER", 205L));
		assertThat(byModel("2025-07-07")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 113L, "TASK_FORCE", 385L, "WARRANT_SERVICE_OFFICER", 277L));
		assertThat(byModel("2025-08-15")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 122L, "TASK_FORCE", 442L, "WARRANT_SERVICE_OFFICER", 331L));
		assertThat(byModel("2025-12-31")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 145L, "TASK_FORCE", 684L, "WARRANT_SERVICE_OFFICER", 445L));
		assertThat(byModel("2026-05-18")).isEqualTo(Map.of("JAIL_ENFORCEMENT", 182L, "TASK_FORCE", 1162L, "WARRANT_SERVICE_OFFICER", 499L));
		// A day between two lists is answered by the earlier one.
		assertThat(byModel("2026-05-17")).isEqualTo(byModel("2026-04-30"));
		assertThat(byModel("2020-12-31")).isEmpty();
	}

	@Test
	void aSigningDateReprintedIsACorrectionOfOneAgreement() {
		// Etowah County SO (AL), Jail Enforcement: 2016-06-08 in the lists of 2021-01 to 2022-02, 2020-06-09 from 2022-06.
		JsonNode etowah = agreements("{agencyId: \"agency:AL:etowah-county-sheriffs-office\", model: JAIL_ENFORCEMENT}").get(0);
		assertThat(etowah.get("signedOn").asString()).isEqualTo("2020-06-09");
		assertThat(etowah.get("firstSeen").asString()).isEqualTo("2021-01-13");
		assertThat(etowah.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(etowah.get("listings").size()).isEqualTo(32);
		JsonNode reprint = corrections(etowah, "signedOn").get(0);
		assertThat(reprint.get("oldValue").asString()).isEqualTo("2016-06-08");
		assertThat(reprint.get("newValue").asString()).isEqualTo("2020-06-09");
		assertThat(reprint.get("sources").size()).as("the last list with the old date and the first with the new").isEqualTo(2);
	}

	@Test
	void aNewSigningDateAfterAGapIsARenewalThatSupersedesTheEarlierAgreement() {
		// Butler County SO (OH), Jail Enforcement: signed 2020-06-09 in the list of 2021-01-13, absent from 2021-06
		// to 2025-02-21, back from 2025-03-18 signed 2025-02-24.
		List<JsonNode> butler = agreements("{agencyId: \"agency:OH:butler-county-sheriffs-office\", model: JAIL_ENFORCEMENT}");
		assertThat(butler).hasSize(2);
		assertThat(butler.get(0).get("signedOn").asString()).isEqualTo("2025-02-24");
		assertThat(butler.get(0).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(butler.get(0).get("supersedes").get("signedOn").asString()).isEqualTo("2020-06-09");
		assertThat(butler.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(butler.get(1).get("lastSeen").asString()).isEqualTo("2021-01-13");
		assertThat(butler.get(1).get("endedOn").asString()).isEqualTo("2021-06-28");
	}

	@Test
	void anAgreementThatLeavesTheListAndComesBackWithTheSameDateIsOneAgreement() {
		// Southside Place PD (TX), Task Force, signed 2025-06-13: listed 2025-07-07 to 2025-07-09, absent from
		// 2025-08-15 to 2026-02-27, listed again from 2026-03-27.
		List<JsonNode> southside = agreements("{agencyId: \"agency:TX:southside-place-police-department\"}");
		assertThat(southside).hasSize(1);
		assertThat(inForce("agency:TX:southside-place-police-department", "2025-07-09")).isEqualTo(1);
		assertThat(inForce("agency:TX:southside-place-police-department", "2025-12-31")).isZero();
		assertThat(inForce("agency:TX:southside-place-police-department", "2026-05-18")).isEqualTo(1);
	}

	@Test
	void respellingsOfAnAgencyAreOneAgencyAndNoAgreementEnds() {
		// "Mantiowoc County Sheriff's Office" until 2022-06, "Manitowoc ..." from 2022-10 (WI, WSO, 2020-06-05).
		JsonNode manitowoc = agency("agency:WI:mantiowoc-county-sheriffs-office");
		assertThat(manitowoc.get("name").asString()).isEqualTo("Manitowoc County Sheriff's Office");
		assertThat(manitowoc.get("aliases").asString()).isEqualTo("Mantiowoc County Sheriff's Office");
		assertThat(manitowoc.get("agreements")).hasSize(1);
		assertThat(manitowoc.get("agreements").get(0).get("endedOn").isNull()).isTrue();
		// Three spellings of Greens Fork PD (IN) between 2025-07 and 2025-09.
		JsonNode greensFork = agency("agency:IN:green-forks-police-department");
		assertThat(greensFork.get("name").asString()).isEqualTo("Greens Fork Police Department");
		assertThat(greensFork.get("agreements")).hasSize(1);
		assertThat(inForce("agency:IN:green-forks-police-department", "2025-07-09")).as("the day of 'Greens Forks'").isEqualTo(1);
		assertThat(count("MATCH (a:Agency) WHERE a.name CONTAINS 'Fork Police' AND a.state = 'IN' RETURN count(a)")).isEqualTo(1);
		// The sheriff and the corrections department of Okaloosa County (FL) stay two agencies.
		assertThat(count("MATCH (a:Agency {state: 'FL'}) WHERE a.name STARTS WITH 'Okaloosa County' RETURN count(a)")).isEqualTo(2);
	}

	@Test
	void whatTheFilesMisprintIsCleanedAndRecordedWithTheValuePrinted() {
		// STATE "PENNSLYVANIA" in 68 rows and "UTAHJ" in 2; "#N/A", "#NA" and "N/A" as COUNTY in 4,120 rows; support
		// types "Warrant Service Office" (1 row) and "Warrant Services Officer" (2 rows, pending 2025-12-31).
		assertThat(cells("STATE", "misspelled state name")).isEqualTo(70);
		assertThat(cells("SUPPORT TYPE", "misspelled support type")).isEqualTo(3);
		assertThat(count("MATCH (c:Correction {kind: 'IMPORT', field: 'COUNTY'}) WHERE c.reason ENDS WITH 'means no county is given'"
				+ " RETURN sum(c.count)")).isEqualTo(4120);
		assertThat(count("MATCH (e:ListEntry) WHERE e.state = 'PA' AND e.printed CONTAINS 'PENNSLYVANIA' RETURN count(e)")).isEqualTo(68);
		// Campbell County SO (VA) TFM printed "05/082025" in seven lists, read as 2025-05-08.
		assertThat(count("MATCH (e:ListEntry {state: 'VA', signedOn: date('2025-05-08')}) WHERE e.printed CONTAINS '05/082025'"
				+ " RETURN count(e)")).isEqualTo(7);
	}

	@Test
	void pendingRequestsLeadToTheAgreementsSignedLater() {
		// Franklin County SO (AR): pending (TFM and WSO) on 2026-02-27, participating from 2026-03-27, signed 2026-02-27 (Excel day 46080).
		List<JsonNode> franklin = agreements("{agencyId: \"agency:AR:franklin-county-sheriffs-office\"}");
		assertThat(franklin).hasSize(2).allSatisfy(a -> {
			assertThat(a.get("pendingSince").asString()).isEqualTo("2026-02-27");
			assertThat(a.get("firstSeen").asString()).isEqualTo("2026-03-27");
			assertThat(a.get("signedOn").asString()).isEqualTo("2026-02-27");
			assertThat(a.get("status").asString()).isEqualTo("ACTIVE");
		});
		// Camden PD (DE), pending on 2025-04-28 (row 2) and on no later list, never participating: withdrawn.
		List<JsonNode> camden = agreements("{state: \"DE\"}");
		assertThat(camden).hasSize(1);
		assertThat(camden.get(0).get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(camden.get(0).get("signedOn").isNull()).isTrue();
		assertThat(camden.get(0).get("pendingSince").asString()).isEqualTo("2025-04-28");
	}

	private Map<String, Long> byModel(String asOf) {
		JsonNode counts = this.graphQl.data("{ agreementStats(groupBy: MODEL, asOf: \"" + asOf + "\") { key count } }").get("agreementStats");
		Map<String, Long> byModel = new TreeMap<>();
		counts.forEach(c -> byModel.put(c.get("key").asString(), c.get("count").asLong()));
		return byModel;
	}

	private List<JsonNode> agreements(String filter) {
		JsonNode edges = this.graphQl.data("{ agreements(filter: " + filter + ", first: 50) { edges { node { id signedOn"
				+ " firstSeen lastSeen endedOn status pendingSince supersedes { signedOn } listings { id }"
				+ " corrections { field oldValue newValue sources { id } } } } } }").get("agreements").get("edges");
		List<JsonNode> nodes = new ArrayList<>();
		edges.forEach(edge -> nodes.add(edge.get("node")));
		return nodes;
	}

	private static List<JsonNode> corrections(JsonNode agreement, String field) {
		List<JsonNode> found = new ArrayList<>();
		agreement.get("corrections").forEach(c -> {
			if (c.get("field").asString().equals(field)) {
				found.add(c);
			}
		});
		return found;
	}

	private JsonNode changes(String from, String to) {
		JsonNode response = this.graphQl.post("{ changes(from: \"" + from + "\", to: \"" + to + "\") { fromList { title }"
				+ " toList { title } added { id } ended { id } corrections { field oldValue newValue }"
				+ " renamedAgencies { oldName newName agency { id } } modelSwitches { agency { id } fromModels toModels } } }");
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		assertThat(response.get("extensions").get("cypherStatements").asInt()).isEqualTo(1);
		return response.get("data").get("changes");
	}

	private JsonNode agency(String id) {
		return this.graphQl.data("{ agency(id: \"" + id + "\") { name aliases agreements { id endedOn } } }").get("agency");
	}

	private long inForce(String agencyId, String asOf) {
		return this.graphQl.data("{ agreements(filter: {agencyId: \"" + agencyId + "\"}, asOf: \"" + asOf + "\") { totalCount } }")
			.get("agreements").get("totalCount").asLong();
	}

	private long cells(String column, String reason) {
		return count("MATCH (c:Correction {kind: 'IMPORT', field: '" + column + "', reason: '" + reason + "'}) RETURN sum(c.count)");
	}

	private long count(String query) {
		Object value = this.graph.value(query, Map.of());
		return (value == null) ? 0 : ((Number) value).longValue();
	}

}
