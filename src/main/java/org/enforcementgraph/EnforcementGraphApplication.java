package org.enforcementgraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.enforcementgraph.system.cli.Launcher;

/**
 * Enforcement Graph: the server (no arguments) or one of its commands ({@code import ...}, {@code --help}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnforcementGraphApplication {

	public static void main(String[] args) {
		int exitCode = new Launcher(EnforcementGraphApplication.class, System.out, System.err).launch(args);
		if (exitCode != Launcher.SERVING) {
			System.exit(exitCode);
		}
	}

}
