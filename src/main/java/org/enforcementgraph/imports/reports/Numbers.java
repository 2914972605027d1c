package org.enforcementgraph.imports.reports;

import java.util.Optional;

/** Counts as reports print them: {@code 3083}, {@code "51,856"}, {@code 4482.0}. */
final class Numbers {

	private Numbers() {
	}

	/** The whole number {@code text} spells, or empty when it is not one. */
	static Optional<Long> count(String text) {
		String value = text.strip().replace(",", "");
		if (!value.matches("\\d+(\\.0+)?")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value.replaceFirst("\\.0+$", "")));
	}

}
