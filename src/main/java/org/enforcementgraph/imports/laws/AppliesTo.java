package org.enforcementgraph.imports.laws;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The kinds of agency ({@code AgencyKind}) a law binds, read from the words of its {@code applies_to} column (README,
 * "Laws"). Who runs a jail is named in many ways ("sheriff or chief correctional officer operating a county detention
 * facility", "sheriffs of counties that operate a jail"); a law binding only those is not a law binding every police
 * department, so such a phrase limits the kinds to sheriffs (and corrections when named).
 */
final class AppliesTo {

	static final List<String> LOCAL_AGENCIES = List.of("SHERIFF", "POLICE", "CORRECTIONS", "CONSTABLE", "REGIONAL");

	static final List<String> LAW_ENFORCEMENT = List.of("SHERIFF", "POLICE", "CORRECTIONS", "CAMPUS", "PORT",
			"CONSTABLE", "REGIONAL");

	private static final Pattern JAIL_OPERATORS = Pattern
		.compile("\\boperat\\w*\\s+(a\\s+)?(county\\s+)?(jail|detention facilit)");

	private AppliesTo() {
	}

	static List<String> kinds(String appliesTo) {
		String text = appliesTo.toLowerCase(Locale.ROOT);
		Set<String> kinds = new TreeSet<>();
		if (JAIL_OPERATORS.matcher(text).find()) {
			kinds.add("SHERIFF");
			if (text.contains("correction")) {
				kinds.add("CORRECTIONS");
			}
			return List.copyOf(kinds);
		}
		if (text.contains("sheriff")) {
			kinds.add("SHERIFF");
		}
		if (text.matches(".*\\b(jails?|jailers?|jail administrators?)\\b.*") || text.contains("correction")) {
			kinds.addAll(List.of("SHERIFF", "CORRECTIONS"));
		}
		if (text.contains("police")) {
			kinds.add("POLICE");
		}
		if (text.contains("campus") || text.contains("college") || text.contains("universit")) {
			kinds.add("CAMPUS");
		}
		if (text.contains("prosecutor")) {
			kinds.add("JUDICIAL");
		}
		if (text.contains("law enforcement") || text.contains("arresting officers")) {
			kinds.addAll(LAW_ENFORCEMENT);
		}
		if (text.matches(".*\\blocal (government|governmental|entit).*") || text.contains("municipalit")
				|| text.contains("public bodies") || text.matches(".*\\b(counties|cities)\\b.*")) {
			kinds.addAll(LOCAL_AGENCIES);
		}
		if (text.matches(".*\\bstate (agenc|entit|and local|, county).*") || text.contains("department of safety")
				|| text.matches(".*\\ball state\\b.*")) {
			kinds.add("STATE_AGENCY");
		}
		return List.copyOf(kinds);
	}

}
