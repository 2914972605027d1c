package org.enforcementgraph.imports.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.state.StateNames;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Matches the names reports print ("Clark County", "Orleans Parish", "Ithaca") to the graph's jurisdictions: a name
 * ending like a county-equivalent is the County of that state with the same {@code nameKey} ({@link CountyNames});
 * a town or city is the Place {@code place:<ST>:<key>} (created, citing the report, when new); a whole state or a
 * group of jails is not a jurisdiction a report can name, and is reported as unmatched with the reason.
 */
final class Jurisdictions {

	/** A jurisdiction found ({@code id}, {@code label}) or the reason none was. */
	record Match(String id, String label, String name, String state, String unmatched) {

		boolean found() {
			return this.id != null;
		}

	}

	/** Misspelt state names seen in real lists. */
	private static final Map<String, String> STATE_TYPOS = Map.of("lowa", "Iowa");

	private static final String COUNTY_SUFFIX = "(?i).*\\s(county|parish|borough|census area|municipality|city and borough|city)$";

	private final Map<String, String> counties = new HashMap<>();

	private final java.util.Set<String> countyIds = new java.util.HashSet<>();

	private Jurisdictions() {
	}

	/** Every county of the graph by state and name key, read once per file. */
	static Jurisdictions load(Cypher cypher) {
		Jurisdictions jurisdictions = new Jurisdictions();
		for (Map<String, Object> row : cypher.rows("MATCH (c:County) WHERE c.nameKey IS NOT NULL RETURN c.state AS state, c.nameKey AS key, toLower(c.name) AS name, c.id AS id, coalesce(c.current, true) AS current ORDER BY current", Map.of())) {
			// Current counties come last and so win when an old and a new county share a name.
			jurisdictions.counties.put(row.get("state") + "|" + row.get("key"), (String) row.get("id"));
			jurisdictions.counties.put(row.get("state") + "|name:" + row.get("name"), (String) row.get("id"));
			jurisdictions.countyIds.add((String) row.get("id"));
		}
		return jurisdictions;
	}

	/** The state a postal code or full name (or a known misspelling of one) names. */
	static Optional<StateNames.State> state(String text) {
		String value = text.strip().replaceAll("\\s*\\d{5}(-\\d{4})?$", "");
		return StateNames.of(STATE_TYPOS.getOrDefault(value.toLowerCase(Locale.ROOT), value));
	}

	/** The jurisdiction {@code name} names in {@code state} (a postal code). */
	Match match(String name, String state) {
		String printed = name.strip();
		String same = this.counties.get(state + "|name:" + printed.toLowerCase(Locale.ROOT));
		if (same != null) {
			return new Match(same, "County", printed, state, null); // a county's full name: "Guam", "District of Columbia"
		}
		if (StateNames.of(printed).isPresent() && !"DC".equals(state)) {
			return unmatched(printed, state, "names a whole state; a report names counties, places or agencies");
		}
		if ("DC".equals(state)) {
			return county("11001", printed, state);
		}
		if (printed.matches(COUNTY_SUFFIX)) {
			String id = this.counties.get(state + "|" + CountyNames.key(printed));
			if (id == null && printed.toLowerCase(Locale.ROOT).endsWith(" city")) {
				return place(printed, state); // "New York City": a town, unless a county-equivalent city has the name
			}
			if (id == null) {
				return unmatched(printed, state, "no county of " + state + " in the graph has this name (run import counties first)");
			}
			return new Match(id, "County", printed, state, null);
		}
		if (printed.toLowerCase(Locale.ROOT).matches(".*\\b(county|counties|jails?|department|state)\\b.*")) {
			return unmatched(printed, state, "not one county or town (several jails, or an agency not in the graph)");
		}
		return place(printed, state);
	}

	private static Match place(String printed, String state) {
		return new Match("place:" + state + ":" + Keys.slug(printed), "Place", printed, state, null);
	}

	private Match county(String fips, String printed, String state) {
		if (!this.countyIds.contains("county:" + fips)) {
			return unmatched(printed, state, "county " + fips + " is not in the graph (run import counties first)");
		}
		return new Match("county:" + fips, "County", printed, state, null);
	}

	private static Match unmatched(String printed, String state, String reason) {
		return new Match(null, null, printed, state, reason);
	}

	/** Splits "Iowa City, Johnson County" into the jurisdictions it lists. */
	static List<String> parts(String jurisdiction) {
		return List.of(jurisdiction.split("\\s*,\\s*"));
	}

}
