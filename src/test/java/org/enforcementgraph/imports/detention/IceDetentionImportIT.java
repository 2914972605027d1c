package org.enforcementgraph.imports.detention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.cli.Output;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementgraph.Json.edgeIds;
import static org.enforcementgraph.Json.texts;

/**
 * Every detention file of ../shared/data imported once (after the 2010 county list). The expected counts were read
 * from the files with a separate Python script (zipfile + xml.etree for the workbooks, gzip + csv for the UWCHR
 * list), not from the importer: facility rows FY19 213, FY20 170, FY21 135, FY22 130 (+4 notes under the table),
 * FY23 115 (+5 notes), FY24 109, FY25 189, FY26 203 = 1,264; the 2015 listing 209 facilities; the UWCHR list 1,532
 * rows, 8 of them transport contracts with state "NA"; in the listing, operator or owner GEO 17 facilities, CCA 9,
 * 44 operator cells and 7 owner cells naming 12 companies. The facilities checked by name were looked up by hand.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IceDetentionImportIT {

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	Output output;

	Path rejected;

	Path unmatched;

	@BeforeAll
	void importEverything() throws Exception {
		this.graph.reset();
		Path dir = Files.createTempDirectory("ice-detention");
		this.rejected = dir.resolve("rejected.csv");
		this.unmatched = dir.resolve("unmatched.csv");
		assertThat(this.imports.run("counties", DetentionFilesForTests.counties2010()).exitCode()).isZero();
		assertThat(this.imports.run("field-offices", RealData.path(FieldOfficesImportIT.OFFICES),
				RealData.path(FieldOfficesImportIT.COUNTY_AOR), "--rejected", dir.resolve("offices.csv")).exitCode()).isZero();
		List<Object> args = new ArrayList<>();
		args.add(DetentionFilesForTests.uwchr());
		args.add(DetentionFilesForTests.workbook(DetentionFilesForTests.LISTING));
		DetentionFilesForTests.WORKBOOKS.forEach(w -> args.add(DetentionFilesForTests.workbook(w)));
		args.addAll(List.of("--rejected", this.rejected, "--unmatched", this.unmatched));
		this.output = this.imports.run("ice-detention", args.toArray());
		assertThat(this.output.exitCode()).as(this.output.out()).isZero();
	}

	@Test
	void everyRowIsAFactOrARejectedRow() throws Exception {
		assertThat(this.output.out()).contains("facilities.csv.gz: 1532 rows read, 1524 facilities listed, 8 rows rejected",
				"2015IceDetentionFacilityListing.xlsx: 209 rows read, 209 facilities listed, 51 operator and owner companies linked, 0 rows rejected",
				"FY19-detentionstats.xlsx: 213 rows read, 213 facility years, 0 rows rejected",
				"FY20-detentionstats.xlsx: 170 rows read, 170 facility years, 0 rows rejected",
				"FY21-detentionstats.xlsx: 135 rows read, 135 facility years, 0 rows rejected",
				"FY22-detentionStats.xlsx: 134 rows read, 130 facility years, 4 rows rejected",
				"FY23_detentionStats.xlsx: 120 rows read, 115 facility years, 5 rows rejected",
				"FY24_detentionStats.xlsx: 109 rows read, 109 facility years, 0 rows rejected",
				"FY25_detentionStats09242025.xlsx: 189 rows read, 189 facility years, 0 rows rejected",
				"FY26_detentionStats_04092026.xlsx: 203 rows read, 203 facility years, 0 rows rejected");
		assertThat(rows("MATCH (y:FacilityYear) RETURN y.fiscalYear AS fy, count(*) AS n ORDER BY fy"))
			.extracting(r -> r.get("fy") + ":" + r.get("n"))
			.containsExactly("2019:213", "2020:170", "2021:135", "2022:130", "2023:115", "2024:109", "2025:189", "2026:203");
		assertThat(count("MATCH (y:FacilityYear) WHERE COUNT { (:Facility)-[:HAS_YEAR]->(y) } <> 1 RETURN count(y)")).isZero();
		assertThat(count("MATCH (f:Facility) WHERE f.detloc IS NOT NULL RETURN count(f)")).as("DETLOCs of both lists")
			.isEqualTo(1524);
		List<String> rejections = Files.readAllLines(this.rejected);
		assertThat(rejections).hasSize(1 + 17);
		assertThat(rejections.stream().filter(l -> l.contains("a note under the table, not a facility"))).hasSize(9);
		assertThat(rejections.stream().filter(l -> l.startsWith("facilities.csv.gz,,") && l.contains("state,NA,"))).hasSize(8);
	}

	@Test
	void oneFacilityAcrossYearsWhateverItsNameThatYear() {
		assertThat(years("facility:ADLNTCA")).containsExactly(2019L, 2020L, 2021L, 2022L, 2023L, 2024L, 2025L, 2026L);
		// FY19-FY25 print ADAMS COUNTY DET CENTER, FY26 ADAMS COUNTY CORRECTIONAL CENTER, at the same address.
		assertThat(years("facility:ADAMSMS")).containsExactly(2019L, 2020L, 2021L, 2022L, 2023L, 2024L, 2025L, 2026L);
		assertThat(value("MATCH (f:Facility {id: 'facility:ADAMSMS'}) RETURN f.name")).isEqualTo("ADAMS COUNTY CORRECTIONAL CENTER");
		// Two facilities at one address, listed side by side every year, stay two.
		assertThat(years("facility:FLO")).hasSize(8);
		assertThat(years("facility:FSF")).hasSize(8);
		// In no list with a DETLOC: keyed by state and name.
		assertThat(years("facility:LA:winn-correctional-center")).hasSize(8);
		// Zip codes get their leading zero back.
		assertThat(rows("MATCH (:Facility {name: 'WYATT DETENTION CENTER'})-[:HAS_YEAR]->(y) RETURN DISTINCT y.zip AS zip"))
			.extracting(r -> r.get("zip")).containsExactly("02863");
	}

	@Test
	void theBlankStateOfFy26IsTakenFromTheZipAndTheCorrectionKept() {
		Map<String, Object> imperial = rows("""
				MATCH (f:Facility)-[:HAS_YEAR]->(y:FacilityYear {fiscalYear: 2026})<-[:CORRECTS]-(k:Correction)
				RETURN f.id AS id, y.state AS state, k.field AS field, k.oldValue AS old, k.newValue AS new, k.kind AS kind""")
			.get(0);
		assertThat(imperial).containsEntry("id", "facility:IRADFCA").containsEntry("state", "CA").containsEntry("field", "state")
			.containsEntry("old", "").containsEntry("new", "CA").containsEntry("kind", "IMPORT");
	}

	@Test
	void facilitiesAreInTheirCounty() {
		// ICE's 2015 listing (and the UWCHR list) print KINGS for Albany County Jail; its name says Albany.
		assertThat(county("facility:ALBCONY")).isEqualTo("36001 NAME");
		assertThat(county("facility:ADLNTCA")).isEqualTo("06071 COUNTY_COLUMN");
		assertThat(county("facility:TULCOOK")).isEqualTo("40143 NAME");
		assertThat(count("MATCH (f:Facility) WHERE NOT EXISTS { (f)-[:LOCATED_IN]->() } RETURN count(f)"))
			.as("facilities in no county, each listed in the unmatched report")
			.isEqualTo(lines(this.unmatched, "facility,"));
	}

	@Test
	void operatorsAndOwnersAreCompanies() {
		assertThat(count("MATCH (c:Company) RETURN count(c)")).isEqualTo(12);
		assertThat(count("MATCH (:Facility)-[r:OPERATED_BY|OWNED_BY]->(:Company) RETURN count(r)")).isEqualTo(51);
		assertThat(count("MATCH (f:Facility)-[:OPERATED_BY|OWNED_BY]->(:Company {id: 'company:geo-group'}) RETURN count(DISTINCT f)"))
			.isEqualTo(17);
		assertThat(count("MATCH (f:Facility)-[:OPERATED_BY|OWNED_BY]->(:Company {id: 'company:corecivic'}) RETURN count(DISTINCT f)"))
			.isEqualTo(9);
		assertThat(value("MATCH (c:Company {id: 'company:geo-group'}) RETURN c.name + ' / ' + c.aliases"))
			.isEqualTo("The GEO Group, Inc. / GEO | GEO Group | The GEO Group");
	}

	@Test
	void aSheriffRunJailHasItsAgreementWithItsDates() {
		// Albany County Jail: USMS IGA in the 2015 listing (contract from serial 39995 = 2009-07-01) and in FY19, not
		// in FY20 or later; operator COUNTY (SHERIFF).
		Map<String, Object> albany = rows("""
				MATCH (p)-[pt:PARTY_TO]->(a:Agreement)-[:FOR_FACILITY]->(:Facility {id: 'facility:ALBCONY'}),
				      (a)-[:WITH]->(fa:FederalAgency)
				RETURN a.id AS id, a.program AS program, labels(p)[0] AS label, p.id AS party, a.partyMethod AS method,
				       a.partyConfidence AS confidence, a.signedOn AS signed, a.firstSeen AS first, a.lastSeen AS last,
				       a.activeFrom AS fromDays, a.activeUntil AS untilDays, a.status AS status, fa.code AS with,
				       COUNT { (a)-[:CITES]->(:Source) } AS sources""").get(0);
		assertThat(albany).containsEntry("id", "agreement:usms-iga:NY:albany-county-sheriffs-office:albcony")
			.containsEntry("program", "USMS_IGA").containsEntry("label", "Agency")
			.containsEntry("party", "agency:NY:albany-county-sheriffs-office").containsEntry("method", "OPERATOR_SHERIFF")
			.containsEntry("confidence", "MEDIUM").containsEntry("signed", LocalDate.of(2009, 7, 1))
			.containsEntry("first", LocalDate.of(2015, 10, 1)).containsEntry("last", LocalDate.of(2019, 9, 30))
			.containsEntry("fromDays", List.of(LocalDate.of(2009, 7, 1)))
			.containsEntry("untilDays", List.of(LocalDate.of(2019, 10, 1))).containsEntry("status", "ENDED")
			.containsEntry("with", "USMS");
		assertThat(value("MATCH (:Agency {id: 'agency:NY:albany-county-sheriffs-office'})-[:SERVES]->(c:County) RETURN c.fips"))
			.isEqualTo("36001");
		assertThat(count("""
				MATCH (a:Agreement {importer: 'ice-detention'})
				WHERE NOT EXISTS { (a)-[:FOR_FACILITY]->(:Facility) } OR NOT EXISTS { (a)-[:WITH]->(:FederalAgency) }
				   OR (a.partyMethod <> 'UNDETERMINED' AND NOT EXISTS { (a)<-[:PARTY_TO]-() })
				   OR (a.program = 'IGSA') <> EXISTS { (a)-[:WITH]->(:FederalAgency {code: 'ICE'}) }
				RETURN count(a)""")).isZero();
		assertThat(count("MATCH (a:Agreement {partyMethod: 'UNDETERMINED'}) RETURN count(a)"))
			.isEqualTo(lines(this.unmatched, "agreement,"));
	}

	@Test
	void graphQlAnswersOnTheRealData() {
		JsonNode albany = this.graphQl.data("""
				{ facility(id: "facility:ALBCONY") { name county { fips } operatorAsPrinted operator { name }
				    years { fiscalYear } fieldOffice { code } sources { publisher }
				    agreements { id program partyMethod partyConfidence agency { id } county { fips } counterparty { code } } } }""")
			.get("facility");
		assertThat(albany.get("name").asString()).isEqualTo("ALBANY COUNTY JAIL");
		assertThat(albany.at("/county/fips").asString()).isEqualTo("36001");
		assertThat(albany.get("operatorAsPrinted").asString()).isEqualTo("COUNTY (SHERIFF)");
		assertThat(albany.get("operator").isNull()).as("a sheriff is not a company").isTrue();
		assertThat(texts(albany.get("years"), "fiscalYear")).containsExactly("2019");
		assertThat(albany.at("/fieldOffice/code").asString()).isEqualTo(value("MATCH (f:Facility {id: 'facility:ALBCONY'}) RETURN f.aor"));
		assertThat(albany.at("/agreements/0/agency/id").asString()).isEqualTo("agency:NY:albany-county-sheriffs-office");
		assertThat(albany.at("/agreements/0/county/fips").asString()).isEqualTo("36001");
		assertThat(albany.at("/agreements/0/counterparty/code").asString()).isEqualTo("USMS");

		JsonNode counts = this.graphQl.data("""
				{ geo: facilities(filter: {operator: "GEO"}) { totalCount }
				  cca: facilities(filter: {operator: "cca"}) { totalCount }
				  ny26: facilities(filter: {state: "NY", fiscalYear: 2026}) { totalCount }
				  usms: facilities(filter: {type: "USMS IGA"}) { totalCount }
				  tulsa: facilities(filter: {countyFips: "40143"}) { edges { node { id } } }
				  offices: fieldOffices { code counties { fips } } }""");
		// In the 2015 listing GEO operates 17 facilities and CCA (CoreCivic) 9.
		assertThat(counts.at("/geo/totalCount").asInt()).isEqualTo(17);
		assertThat(counts.at("/cca/totalCount").asInt()).isEqualTo(9);
		assertThat(counts.at("/ny26/totalCount").asLong()).isEqualTo(count(
				"MATCH (f:Facility {state: 'NY'}) WHERE EXISTS { (f)-[:HAS_YEAR]->(:FacilityYear {fiscalYear: 2026}) } RETURN count(f)"));
		assertThat(counts.at("/usms/totalCount").asLong()).isEqualTo(count("MATCH (f:Facility {type: 'USMS IGA'}) RETURN count(f)"));
		assertThat(edgeIds(counts.get("tulsa"))).contains("facility:TULCOOK");
		assertThat(counts.get("offices")).hasSize(25);

		JsonNode geo = this.graphQl.data("{ node(id: \"company:geo-group\") { ... on Company { name facilities { id } } } }")
			.get("node");
		assertThat(geo.get("facilities")).hasSize(17);
		JsonNode tulsa = this.graphQl.data("""
				{ county(fips: "40143") { facilities { id } fieldOffice { code } agreements { id partyMethod } } }""").get("county");
		assertThat(texts(tulsa.get("facilities"), "id")).contains("facility:TULCOOK");
		assertThat(tulsa.at("/fieldOffice/code").asString()).isEqualTo("DAL");
		assertThat(texts(tulsa.get("agreements"), "id")).contains("agreement:igsa:OK:tulsa-county-sheriffs-office:tulcook");
	}

	@Test
	void countiesWithADetentionContractAndWith287g() {
		long holding = count("""
				MATCH (c:County) WHERE EXISTS { MATCH (c)<-[:SERVES*0..1]-()-[:PARTY_TO]->(a:Agreement)
				  WHERE a.program IN ['IGSA', 'USMS_IGA'] AND any(i IN range(0, size(a.activeFrom) - 1)
				    WHERE a.activeFrom[i] <= date() < a.activeUntil[i]) }
				RETURN count(c)""");
		assertThat(holding).isPositive();
		assertThat(this.graphQl.data("{ counties(filter: {hasDetentionContract: true}) { totalCount } }")
			.at("/counties/totalCount").asLong()).isEqualTo(holding);
		// A 287(g) agreement of the sheriff whose jail holds people for ICE (hand-made, with its own source).
		this.graph.rows("""
				MATCH (sheriff:Agency {id: 'agency:OK:tulsa-county-sheriffs-office'})
				CREATE (s:Source {id: 'source:test-287g', title: 'test'})
				CREATE (a:Agreement {id: 'agreement:287g:OK:tulsa-county-sheriffs-office:jem:2020-01-01', program: 'SECTION_287G',
				        model: 'JAIL_ENFORCEMENT', status: 'ACTIVE', activeFrom: [date('2020-01-01')], activeUntil: [date('9999-12-31')]})
				CREATE (a)-[:CITES]->(s), (sheriff)-[:PARTY_TO {sources: ['source:test-287g']}]->(a)""", Map.of());
		assertThat(edgeIds(this.graphQl.data("""
				{ counties(filter: {has287g: true, hasDetentionContract: true}) { edges { node { id } } } }""").get("counties")))
			.containsExactly("county:40143");
	}

	@Test
	void queriesAfterTheImportArePlannedWithStatisticsThatCountIt() {
		// Index samples taken while the graph was empty made the planner seek every detention agreement for each
		// county: the county filter above then took 10 s instead of 0.1 s, about one run in two.
		Object sampled = value("""
				CALL db.stats.retrieve('GRAPH COUNTS') YIELD data UNWIND data.indexes AS i
				WITH i WHERE i.labels = ['Agreement'] AND i.properties = ['program'] RETURN i.totalSize""");
		// At least the detention agreements (another test here adds a 287(g) one by hand after the import).
		assertThat((Long) sampled).isPositive()
			.isGreaterThanOrEqualTo(count("MATCH (a:Agreement) WHERE a.program IN ['IGSA', 'USMS_IGA'] RETURN count(a)"));
	}

	private long lines(Path file, String prefix) {
		try {
			return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).count() : 0;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String county(String facilityId) {
		return (String) value("MATCH (:Facility {id: '" + facilityId + "'})-[r:LOCATED_IN]->(c:County) RETURN c.fips + ' ' + r.method");
	}

	private List<Long> years(String facilityId) {
		return rows("MATCH (:Facility {id: $id})-[:HAS_YEAR]->(y) RETURN y.fiscalYear AS fy ORDER BY fy", Map.of("id", facilityId))
			.stream().map(r -> (Long) r.get("fy")).toList();
	}

	private List<Map<String, Object>> rows(String query) {
		return rows(query, Map.of());
	}

	private List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
		return this.graph.rows(query, parameters);
	}

	private Object value(String query) {
		return this.graph.value(query, Map.of());
	}

	private long count(String query) {
		return ((Number) value(query)).longValue();
	}


}
