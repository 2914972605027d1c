package org.enforcementgraph.system.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.enforcementgraph.EnforcementGraphApplication;

/** What a launch of the jar's main logic printed and returned, captured in-process. */
public record Output(int exitCode, String out, String err) {

	public static Output launch(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Launcher(EnforcementGraphApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.launch(args);
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	public List<String> errLines() {
		return this.err.lines().toList();
	}

}
