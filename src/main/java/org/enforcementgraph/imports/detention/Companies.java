package org.enforcementgraph.imports.detention;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.enforcementgraph.system.Keys;

/**
 * The private companies behind the operator and owner codes of ICE's 2015 listing. ICE prints short codes ("GEO",
 * "CCA", "M&TC", "AKAL (GUARD)"); this table names the company each stands for, so every spelling is one Company
 * (aliases keep the spellings). CCA is CoreCivic (Corrections Corporation of America renamed itself in 2016).
 * Government operators and owners ("COUNTY (SHERIFF)", "CITY", "ICE", "USM", "OFDT", "RJA", "PRIVATE") are not
 * companies: they stay on the Facility as printed and decide who holds the detention agreement.
 */
final class Companies {

	/** A company: id, name, and the spellings that stand for it. */
	record Company(String id, String name, List<String> aliases) {
	}

	private static final List<Company> KNOWN = List.of(
			company("geo-group", "The GEO Group, Inc.", "GEO", "GEO Group", "The GEO Group", "The GEO Group, Inc."),
			company("corecivic", "CoreCivic", "CCA", "Corrections Corporation of America", "CoreCivic"),
			company("management-and-training-corporation", "Management & Training Corporation", "M&TC", "MTC",
					"Management and Training Corporation"),
			company("community-education-centers", "Community Education Centers", "CEC"),
			company("emerald-correctional-management", "Emerald Correctional Management", "EMERALD"),
			company("lasalle-corrections", "LaSalle Corrections", "LASALLE CORRECTIONS", "LaSalle"),
			company("immigration-centers-of-america", "Immigration Centers of America", "ICA"),
			company("akal-security", "Akal Security", "AKAL", "AKAL (GUARD)"));

	/** Government operators and owners, and words that say nothing about who runs a facility. */
	private static final Set<String> NOT_COMPANIES = Set.of("COUNTY", "CITY", "STATE", "ICE", "USM", "USMS", "OFDT", "RJA",
			"PRIVATE", "CONTRACT", "BOP", "FEDERAL");

	private Companies() {
	}

	private static Company company(String key, String name, String... aliases) {
		return new Company("company:" + key, name, List.of(aliases));
	}

	/**
	 * The company an operator or owner code stands for: a known one, or, for another private name ("AHTNA (GUARD)"),
	 * a company named as printed without "(GUARD)"; empty for governments and blanks.
	 */
	static Optional<Company> of(String printed) {
		if (printed == null || printed.isBlank()) {
			return Optional.empty();
		}
		String value = printed.strip();
		String upper = value.toUpperCase(Locale.ROOT);
		String bare = upper.replaceAll("\\s*\\(GUARD\\)$", "");
		if (NOT_COMPANIES.contains(bare) || bare.startsWith("COUNTY") || bare.startsWith("CITY")) {
			return Optional.empty();
		}
		for (Company company : KNOWN) {
			for (String alias : company.aliases()) {
				String known = alias.toUpperCase(Locale.ROOT);
				if (known.equals(upper) || known.equals(bare)) {
					return Optional.of(company);
				}
			}
		}
		String name = value.replaceAll("\\s*\\((?i:guard)\\)$", "");
		return Optional.of(new Company("company:" + Keys.slug(name), name, List.of(value)));
	}

	/** Whether the listing marks the company as the facility's guard contractor rather than its operator. */
	static boolean isGuard(String printed) {
		return printed != null && printed.toUpperCase(Locale.ROOT).endsWith("(GUARD)");
	}

}
