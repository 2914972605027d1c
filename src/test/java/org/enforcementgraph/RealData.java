package org.enforcementgraph;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real public data files in ../shared/data, read from there (never copied). In a user's fresh clone they are
 * absent and the tests that need them are skipped with a message saying so; CI always has them (.ci/run checks).
 */
public final class RealData {

	public static final Path ROOT = Path.of("..", "shared", "data").toAbsolutePath().normalize();

	private RealData() {
	}

	/** The file or folder {@code relative} under ../shared/data; skips the calling test when the data is absent. */
	public static Path path(String relative) {
		boolean present = Files.isDirectory(ROOT);
		if (!present) {
			System.err.println("SKIPPED: " + ROOT + " is absent, so the tests on the real data files do not run here");
		}
		assumeTrue(present, ROOT + " is absent: tests on the real data files are skipped (CI always has them)");
		Path path = ROOT.resolve(relative);
		assumeTrue(Files.exists(path), path + " is absent");
		return path;
	}

}
