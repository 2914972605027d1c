package org.enforcementgraph.imports.detention;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ICE's three-letter area-of-responsibility (AOR) codes of its 25 ERO field offices. The field-office list names the
 * offices but prints no code, while the county table and the detention statistics use only the codes; this table,
 * from the codes those files use, joins them. Most offices' codes are also the first three letters of their hold
 * room's DETLOC (ATLHOLD, BALHOLD, ...), which the importer checks. Miramar is the Miami field office's sub-office,
 * which ICE's page lists in its place (code MIA, outreach address Miami.Outreach).
 */
final class FieldOfficeCodes {

	private static final Map<String, String> BY_CITY_NAME = Map.ofEntries(Map.entry("atlanta", "ATL"),
			Map.entry("baltimore", "BAL"), Map.entry("boston", "BOS"), Map.entry("buffalo", "BUF"),
			Map.entry("chicago", "CHI"), Map.entry("dallas", "DAL"), Map.entry("denver", "DEN"),
			Map.entry("detroit", "DET"), Map.entry("el paso", "ELP"), Map.entry("harlingen", "HLG"),
			Map.entry("houston", "HOU"), Map.entry("los angeles", "LOS"), Map.entry("miramar", "MIA"),
			Map.entry("miami", "MIA"), Map.entry("new orleans", "NOL"), Map.entry("new york city", "NYC"),
			Map.entry("newark", "NEW"), Map.entry("philadelphia", "PHI"), Map.entry("phoenix", "PHO"),
			Map.entry("salt lake city", "SLC"), Map.entry("san antonio", "SNA"), Map.entry("san diego", "SND"),
			Map.entry("san francisco", "SFR"), Map.entry("seattle", "SEA"), Map.entry("st paul", "SPM"),
			Map.entry("saint paul", "SPM"), Map.entry("washington", "WAS"));

	/** Every code of the table. */
	static final Set<String> CODES = Set.copyOf(BY_CITY_NAME.values());

	private FieldOfficeCodes() {
	}

	/**
	 * The code of an office named like "Atlanta Field Office", "Miramar Sub Office" or "St. Paul Field Office".
	 */
	static Optional<String> ofOfficeName(String officeName) {
		String city = officeName.toLowerCase(Locale.ROOT)
			.replace(".", "")
			.replaceAll("\\s+(field|sub)\\s+office\\s*$", "")
			.replaceAll("\\s+", " ")
			.strip();
		return Optional.ofNullable(BY_CITY_NAME.get(city));
	}

	static boolean isCode(String code) {
		return CODES.contains(code);
	}

}
