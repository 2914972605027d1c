package org.enforcementgraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.test.context.TestComponent;

import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;
import org.enforcementgraph.system.cli.Output;
import org.enforcementgraph.system.cli.UsageException;

/**
 * Runs {@code import SOURCE ARGS...} in the shared test application, as the command line does but without starting
 * another process: the same importer bean, the same database.
 */
@TestComponent
public class Imports {

	private final List<Importer> importers;

	public Imports(List<Importer> importers) {
		this.importers = importers;
	}

	public Output run(String source, Object... args) {
		Importer importer = this.importers.stream()
			.filter(i -> AopUtils.getTargetClass(i).getAnnotation(CommandInfo.class).name().equals(source))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No importer " + source));
		List<String> arguments = new ArrayList<>();
		for (Object arg : args) {
			arguments.add(arg.toString());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			int code = importer.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8));
			return new Output(code, out.toString(StandardCharsets.UTF_8), "");
		}
		catch (UsageException ex) {
			return new Output(2, out.toString(StandardCharsets.UTF_8), ex.getMessage());
		}
	}

}
