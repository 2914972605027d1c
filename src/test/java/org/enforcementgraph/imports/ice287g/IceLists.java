package org.enforcementgraph.imports.ice287g;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.enforcementgraph.RealData;

/** The 32 participating and 5 pending ICE 287(g) lists in ../shared/data/287g/relevantresearch. */
final class IceLists {

	private IceLists() {
	}

	static List<Path> participating() {
		return files("287g/relevantresearch/participatingAgencies");
	}

	static List<Path> pending() {
		return files("287g/relevantresearch/pendingAgencies");
	}

	static Path participating(String name) {
		return RealData.path("287g/relevantresearch/participatingAgencies/" + name);
	}

	private static List<Path> files(String folder) {
		try (Stream<Path> files = Files.list(RealData.path(folder))) {
			return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
