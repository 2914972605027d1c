package org.enforcementgraph.system.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** {@code import SOURCE ARGS...}: hands the arguments to the importer of that source. */
@Component
@CommandInfo(name = "import", usage = "SOURCE [OPTIONS] FILE...",
		summary = "Import public data into the graph (sources below); migrations are applied first.")
final class ImportCommand implements Command {

	private final ApplicationContext context;

	ImportCommand(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		CommandCatalog catalog = CommandCatalog.scan();
		if (args.isEmpty()) {
			throw new UsageException("import needs a source: one of " + String.join(", ", catalog.importerNames()));
		}
		Class<?> importerType = catalog.importer(args.get(0))
			.orElseThrow(() -> new UsageException("unknown import source '" + args.get(0) + "'; known sources: "
					+ String.join(", ", catalog.importerNames())));
		Importer importer = (Importer) this.context.getBean(importerType);
		return importer.run(args.subList(1, args.size()), out);
	}

}
