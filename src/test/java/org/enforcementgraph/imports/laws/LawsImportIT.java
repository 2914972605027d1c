package org.enforcementgraph.imports.laws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.enforcementgraph.Json.edgeIds;

/**
 * {@code import laws} on ../shared/data/laws/state-laws.csv and on the curated data/laws/state-laws.csv. Expected
 * counts were read with Python's csv module: 41 rows, 30 distinct (state_postal, law_id) pairs in 21 states, 10 laws
 * with more than one row (kind), four MANDATES_287G rows (FL SB 1808, FL SB 2-C, TX SB 8, GA HB 1105).
 */
@GraphIT
class LawsImportIT {

	static final String SHARED = "laws/state-laws.csv";

	static final Path CURATED = Path.of("data", "laws", "state-laws.csv");

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
	void empty() {
		this.graph.reset();
	}

	@Test
	void everyRowBecomesAKindOfALawWithItsDatesAndQuotedSource() {
		Output output = this.imports.run("laws", RealData.path(SHARED), "--rejected", this.dir.resolve("rejected.csv"));
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("41 rows read", "30 laws new", "0 rows rejected");
		assertThat(count("MATCH (l:Law) RETURN count(l)")).isEqualTo(30);
		assertThat(count("MATCH (:State)-[r:ENACTED]->(:Law) RETURN count(r)")).isEqualTo(30);
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(21);
		assertThat(count("MATCH (l:Law) WHERE size(l.kinds) > 1 RETURN count(l)")).isEqualTo(10);
		assertThat(count("MATCH (l:Law) WHERE 'MANDATES_287G' IN l.kinds RETURN count(l)")).isEqualTo(4);

		Map<String, Object> sb1808 = law("law:FL:sb-1808-2022");
		assertThat(sb1808).containsEntry("kinds", List.of("MANDATES_287G"))
			.containsEntry("appliesToKinds", List.of("CORRECTIONS", "SHERIFF"))
			.containsEntry("effectiveOn", java.time.LocalDate.parse("2022-06-17"))
			.containsEntry("deadline", java.time.LocalDate.parse("2023-01-01"))
			.containsEntry("enactedOn", null)
			.containsEntry("quotes", List.of("requiring each law enforcement agency operating a county detention facility "
					+ "to enter into a specified agreement with the United States Immigration and Customs Enforcement to "
					+ "assist with immigration enforcement"));
		assertThat(law("law:TX:sb-8-2025-89th-leg-r-s")).containsEntry("appliesToKinds", List.of("SHERIFF"))
			.containsEntry("inForceFrom", java.time.LocalDate.parse("2026-01-01"));
		assertThat(law("law:FL:sb-168-2019")).containsEntry("kinds",
				List.of("PROHIBITS_SANCTUARY_POLICIES", "REQUIRES_DETAINER_COMPLIANCE"));
		// Only the year is known: no day is made up, and rules count it in force from the end of that year.
		assertThat(law("law:OR:1987-sanctuary-law-now-ors-181a-820")).containsEntry("enactedOn", null)
			.containsEntry("enactedAsPrinted", "1987")
			.containsEntry("inForceFrom", java.time.LocalDate.parse("1987-12-31"));
		assertThat(Files.exists(this.dir.resolve("rejected.csv"))).isFalse();
	}

	@Test
	void reimportChangesNothingAndFilesMayComeInAnyOrder() {
		assertThat(this.imports.run("laws", RealData.path(SHARED), CURATED).exitCode()).isZero();
		String oneOrder = this.fingerprint.of();
		assertThat(this.imports.run("laws", CURATED, RealData.path(SHARED)).out()).contains("2 files skipped");
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
		this.graph.reset();
		assertThat(this.imports.run("laws", CURATED).exitCode()).isZero();
		assertThat(this.imports.run("laws", RealData.path(SHARED)).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
	}

	@Test
	void badRowsAreRejectedWithTheirReasonAndBadFilesRefusedWhole() throws Exception {
		String header = "state_postal,state_name,law_id,title,kind,applies_to,enacted_date,effective_date,deadline_date,summary,source_url,source_quote,notes\n";
		Path rows = Files.writeString(this.dir.resolve("laws.csv"), header
				+ "FL,Florida,SB 1 (2030),A law,MANDATES_287G,sheriffs,2030-02-30,,,s,https://example.org/a,q,\n"
				+ "FL,Florida,SB 2 (2030),A law,BANS_EVERYTHING,sheriffs,2030-01-01,,,s,https://example.org/b,q,\n"
				+ "ZZ,Nowhere,SB 3 (2030),A law,OTHER,sheriffs,2030-01-01,,,s,https://example.org/c,q,\n"
				+ "FL,Florida,SB 4 (2030),A law,OTHER,sheriffs,2030-01-01,,,s,,q,\n"
				+ "FL,Florida,SB 5 (2030),A law,OTHER,sheriffs,2030-01-01,,,s,https://example.org/e,q,\n");
		Path report = this.dir.resolve("rejected.csv");
		Output output = this.imports.run("laws", rows, "--rejected", report);
		assertThat(output.exitCode()).isZero();
		assertThat(output.out()).contains("5 rows read", "1 laws new", "4 rows rejected");
		assertThat(Files.readString(report)).contains("laws.csv,,2,enacted_date,2030-02-30,\"is not a date")
			.contains("laws.csv,,3,kind,BANS_EVERYTHING,\"is not a law kind")
			.contains("laws.csv,,4,state_postal,ZZ,is not a US state")
			.contains("laws.csv,,5,source_url,,is not a web address");

		this.graph.reset();
		String before = this.fingerprint.of();
		Path semicolons = Files.writeString(this.dir.resolve("semicolons.csv"), header.replace(',', ';'));
		Path latin1 = Files.write(this.dir.resolve("latin1.csv"), (header + "FL,Florida,SB 6 (2030),Ley de inmigraci\u00f3n,OTHER,x,2030-01-01,,,s,https://example.org/f,q,\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Output refused = this.imports.run("laws", semicolons, latin1);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.out()).contains("semicolons.csv, row 1: the header lacks the columns")
			.contains("is the delimiter ','?")
			.contains("latin1.csv: is not UTF-8 text");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void theMandateQueryFindsAgreementsSignedUnderTheRealLaws() {
		this.graph.reset("agencies-and-agreements.cypher");
		assertThat(this.imports.run("laws", RealData.path(SHARED)).exitCode()).isZero();
		JsonNode mandated = this.graphQl.data("""
				{ agreements(filter: {underStateMandate: true}, first: 50) { edges { node { id mandatedBy { id } } } } }""")
			.get("agreements");
		// Worked out from the fixture's signing dates against the laws' dates: Alachua's sheriff signed after FL SB 1808
		// took effect, Cobb's sheriff after GA HB 1105, Harris's sheriff (TFM, 2026-02-01) after TX SB 8; Miami-Dade's
		// police department is not bound by Florida's jail mandate, Harris's 2025 WSO agreement predates SB 8, and
		// Nevada has no mandate.
		assertThat(edgeIds(mandated)).containsExactlyInAnyOrder(
				"agreement:287g:FL:alachua-county-sheriffs-office:jem:2022-09-15",
				"agreement:287g:GA:cobb-county-sheriffs-office:jem:2024-06-01",
				"agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01");
		assertThat(mandated.toString()).contains("law:FL:sb-1808-2022", "law:GA:hb-1105-2024", "law:TX:sb-8-2025-89th-leg-r-s");
		assertThat(edgeIds(this.graphQl.data("{ agreements(filter: {underStateMandate: true, state: \"TX\"}) { edges { node { id } } } }")
			.get("agreements"))).containsExactly("agreement:287g:TX:harris-county-sheriffs-office:tfm:2026-02-01");
		JsonNode florida = this.graphQl.data("""
				{ laws(filter: {state: "FL", kind: MANDATES_287G}) { id agreementsSignedUnder { id } sources { url quote } } }""")
			.get("laws");
		assertThat(florida.toString()).contains("law:FL:sb-1808-2022", "alachua-county-sheriffs-office:jem:2022-09-15",
				"https://flsenate.gov/Session/Bill/2022/1808/");
		assertThat(florida.toString()).doesNotContain("miami-dade");
	}

	private Map<String, Object> law(String id) {
		return this.graph.rows("""
				MATCH (l:Law {id: $id})
				RETURN l.kinds AS kinds, l.appliesToKinds AS appliesToKinds, l.enactedOn AS enactedOn, l.effectiveOn AS effectiveOn,
				       l.deadline AS deadline, l.enactedAsPrinted AS enactedAsPrinted, l.inForceFrom AS inForceFrom,
				       COLLECT { MATCH (l)-[:CITES]->(s:Source) WHERE s.quote IS NOT NULL RETURN s.quote ORDER BY s.quote } AS quotes""",
				Map.of("id", id)).get(0);
	}

	private long count(String query) {
		return ((Number) this.graph.value(query, Map.of())).longValue();
	}

}
