package org.enforcementgraph.system.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.enforcementgraph.bench.Benchmark;

/**
 * Decides what the jar does with its arguments: serve (no command), print help, or run one command in a context
 * without a web server. Startup failures end as one line saying what is wrong and what to do, never a stack trace.
 */
public final class Launcher {

	/** Returned by {@link #launch} when the server is up; the JVM then keeps running. */
	public static final int SERVING = -1;

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	public Launcher(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	public int launch(String... args) {
		List<String> springArgs = new ArrayList<>();
		List<String> commandLine = new ArrayList<>();
		for (String arg : args) {
			(isSpringProperty(arg) ? springArgs : commandLine).add(arg);
		}
		if (commandLine.isEmpty()) {
			return serve(args);
		}
		String name = commandLine.get(0);
		if (List.of("--help", "-h", "help").contains(name)) {
			this.out.print(CommandCatalog.scan().help());
			return 0;
		}
		if ("bench".equals(name)) {
			// The benchmark runs this jar's commands and server in other processes; it needs no database of its own.
			try {
				return Benchmark.run(commandLine.subList(1, commandLine.size()), this.out);
			}
			catch (Exception ex) {
				this.err.println("enforcement-graph: bench failed: " + ex.getMessage());
				return 1;
			}
		}
		CommandCatalog catalog = CommandCatalog.scan();
		if ("import".equals(name)) {
			String sources = String.join(", ", catalog.importerNames());
			if (commandLine.size() < 2) {
				this.err.println("enforcement-graph: import needs a source, one of: " + sources);
				return 2;
			}
			Optional<Class<?>> importer = catalog.importer(commandLine.get(1));
			if (importer.isEmpty()) {
				this.err.println("enforcement-graph: unknown import source '" + commandLine.get(1) + "'; known sources: "
						+ sources);
				return 2;
			}
			return runCommand(importer.get(), springArgs, commandLine.subList(2, commandLine.size()));
		}
		Optional<Class<?>> command = catalog.command(name);
		if (command.isEmpty()) {
			this.err.println("enforcement-graph: unknown command '" + name + "'. Run with --help to list the commands.");
			return 2;
		}
		return runCommand(command.get(), springArgs, commandLine.subList(1, commandLine.size()));
	}

	/** {@code --key=value} with a dotted key is a Spring property (e.g. {@code --enforcement-graph.data-dir=...}). */
	static boolean isSpringProperty(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
	}

	private int serve(String[] args) {
		try {
			SpringApplication.run(this.application, args);
			return SERVING;
		}
		catch (Throwable ex) {
			this.err.println("enforcement-graph: cannot start: " + StartupFailures.describe(ex));
			return 1;
		}
	}

	private int runCommand(Class<?> commandType, List<String> springArgs, List<String> commandArgs) {
		SpringApplication app = new SpringApplication(this.application);
		app.setWebApplicationType(WebApplicationType.NONE);
		// A command needs no fixed ports (a server may hold 7687 and 7474 while an import runs on another data dir),
		// and an import or restore may run longer than a request is allowed to.
		app.setDefaultProperties(Map.of("logging.level.root", "WARN", "enforcement-graph.embedded.bolt-port", "0",
				"enforcement-graph.embedded.http-port", "0", "enforcement-graph.embedded.transaction-timeout", "0s"));
		ConfigurableApplicationContext context;
		try {
			context = app.run(springArgs.toArray(String[]::new));
		}
		catch (Throwable ex) {
			this.err.println("enforcement-graph: cannot start: " + StartupFailures.describe(ex));
			return 1;
		}
		try (context) {
			Command command = (Command) context.getBean(commandType);
			return command.run(commandArgs, this.out);
		}
		catch (UsageException ex) {
			this.err.println("enforcement-graph: " + ex.getMessage());
			return 2;
		}
		catch (Throwable ex) {
			this.err.println("enforcement-graph: " + StartupFailures.describe(ex));
			return 1;
		}
	}

}
