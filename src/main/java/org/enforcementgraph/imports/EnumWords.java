package org.enforcementgraph.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A file's word for a GraphQL enum value: the value's name in any case, with spaces or dashes for underscores. */
public final class EnumWords {

	private EnumWords() {
	}

	public static Optional<String> of(String word, List<String> values) {
		String name = word.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		return values.contains(name) ? Optional.of(name) : Optional.empty();
	}

}
