package org.enforcementgraph.system.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The commands and importers found on the class path by their {@link CommandInfo}, read without starting the
 * database, so that {@code --help} and an unknown command answer at once.
 */
final class CommandCatalog {

	private final List<Entry> entries;

	private CommandCatalog(List<Entry> entries) {
		this.entries = entries;
	}

	record Entry(Class<?> type, CommandInfo info) {
		boolean isImporter() {
			return Importer.class.isAssignableFrom(this.type);
		}
	}

	static CommandCatalog scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(CommandInfo.class));
		List<Entry> entries = new ArrayList<>();
		ClassLoader loader = CommandCatalog.class.getClassLoader();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.enforcementgraph")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
			entries.add(new Entry(type, type.getAnnotation(CommandInfo.class)));
		}
		entries.sort(Comparator.comparing(e -> e.info().name()));
		return new CommandCatalog(List.copyOf(entries));
	}

	Optional<Class<?>> command(String name) {
		return find(name, false);
	}

	Optional<Class<?>> importer(String name) {
		return find(name, true);
	}

	List<String> importerNames() {
		return this.entries.stream().filter(Entry::isImporter).map(e -> e.info().name()).toList();
	}

	private Optional<Class<?>> find(String name, boolean importer) {
		return this.entries.stream()
			.filter(e -> e.isImporter() == importer && e.info().name().equals(name))
			.<Class<?>>map(Entry::type)
			.findFirst();
	}

	String help() {
		StringBuilder help = new StringBuilder("""
				Enforcement Graph: who cooperates with ICE, how, since when, and says who.

				Usage:
				  java -jar enforcement-graph.jar                      run the server (GraphQL, GraphiQL, Neo4j Browser)
				  java -jar enforcement-graph.jar COMMAND [ARGS...]     run one command and exit
				  java -jar enforcement-graph.jar --help                show this help

				Commands:
				""");
		line(help, "import SOURCE [OPTIONS] FILE...",
				"Import public data into the graph, each file whole or not at all (sources below).");
		line(help, "bench [--data DIR] [--out FILE]",
				"Import DIR (../shared/data) into a scratch database, serve it, measure speed and memory, write FILE (BENCHMARKS.md).");
		for (Entry entry : this.entries) {
			if (!entry.isImporter()) {
				line(help, entry.info().name() + " " + entry.info().usage(), entry.info().summary());
			}
		}
		help.append("\nImport sources (java -jar enforcement-graph.jar import SOURCE ...):\n");
		for (Entry entry : this.entries) {
			if (entry.isImporter()) {
				line(help, "import " + entry.info().name() + " " + entry.info().usage(), entry.info().summary());
			}
		}
		help.append("""

				Settings are given as --key=value, e.g. --enforcement-graph.data-dir=/path/to/data, or as environment
				variables (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD for an external Neo4j server). See README.md.
				""");
		return help.toString();
	}

	private static void line(StringBuilder help, String command, String summary) {
		help.append("  ").append(command.strip()).append('\n').append("      ").append(summary).append('\n');
	}

}
