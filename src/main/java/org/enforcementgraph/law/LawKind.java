package org.enforcementgraph.law;

import java.util.Locale;
import java.util.Optional;

/** What a state law does about cooperation with ICE; the names are those of the GraphQL enum {@code LawKind}. */
public enum LawKind {

	MANDATES_287G, REQUIRES_DETAINER_COMPLIANCE, PROHIBITS_SANCTUARY_POLICIES, LIMITS_COOPERATION, PROHIBITS_287G, OTHER;

	/** The kind a file's word names: the enum name in any case, with spaces or dashes for underscores. */
	public static Optional<LawKind> of(String word) {
		String name = word.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		for (LawKind kind : values()) {
			if (kind.name().equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
