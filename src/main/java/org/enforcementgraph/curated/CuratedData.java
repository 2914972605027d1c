package org.enforcementgraph.curated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * The hand-written public facts shipped in the jar ({@code data/} of the repository: the counties they name, the state
 * laws, the first Declined Detainer Outcome Report, ILRC's 2016 national figures), loaded through the same importers
 * as any public file, in the order that lets each find what it links to.
 */
@Component
public final class CuratedData {

	private static final Logger log = LoggerFactory.getLogger(CuratedData.class);

	/** Importer name, its extra arguments, and the files under {@code data/} it reads, in loading order. */
	static final List<List<String>> STEPS = List.of(List.of("counties", "--vintage", "2023", "counties/counties-named.csv"),
			List.of("laws", "laws/state-laws.csv"),
			List.of("reports", "reports/ddor-2017-03-20-top10.csv", "reports/ddor-2017-03-20-policies.csv",
					"reports/ddor-2017-03-20-totals.csv", "reports/ilrc-2016-national-figures.csv"));

	private final List<Importer> importers;

	private final Cypher cypher;

	CuratedData(List<Importer> importers, Cypher cypher) {
		this.importers = importers;
		this.cypher = cypher;
	}

	/** Whether the graph holds nothing but its migration history. */
	public boolean graphIsEmpty() {
		return this.cypher.rows("MATCH (n) WHERE NOT n:Migration RETURN n.id LIMIT 1", Map.of()).isEmpty();
	}

	/** Loads every curated file; returns what the importers printed. Fails naming the step that failed. */
	public String load() {
		Path dir = copyToTemporaryFolder();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		try {
			for (List<String> step : STEPS) {
				List<String> args = new ArrayList<>();
				for (String arg : step.subList(1, step.size())) {
					args.add(arg.endsWith(".csv") ? dir.resolve(arg).toString() : arg);
				}
				args.add("--rejected");
				args.add(dir.resolve("rejected-" + step.get(0) + ".csv").toString());
				if (importer(step.get(0)).run(args, out) != 0) {
					throw new GraphException("The curated data did not load (import " + step.get(0) + "): " + printed.toString(StandardCharsets.UTF_8));
				}
			}
			String summary = printed.toString(StandardCharsets.UTF_8);
			log.info("Loaded the curated public facts of data/ into the empty database:\n{}", summary.strip());
			return summary;
		}
		finally {
			deleteQuietly(dir);
		}
	}

	private Importer importer(String name) {
		return this.importers.stream()
			.filter(i -> AopUtils.getTargetClass(i).getAnnotation(CommandInfo.class).name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No importer " + name));
	}

	/** The importers read files; the curated ones are resources inside the jar, so they are copied out first. */
	private static Path copyToTemporaryFolder() {
		try {
			Path dir = Files.createTempDirectory("enforcement-graph-data");
			for (List<String> step : STEPS) {
				for (String file : step) {
					if (!file.endsWith(".csv")) {
						continue;
					}
					Path target = dir.resolve(file);
					Files.createDirectories(target.getParent());
					try (InputStream in = new ClassPathResource("data/" + file).getInputStream()) {
						Files.copy(in, target);
					}
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The curated data files are missing from the application: " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind harms nothing
		}
	}

}
