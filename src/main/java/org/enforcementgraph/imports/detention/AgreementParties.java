package org.enforcementgraph.imports.detention;

import java.util.Locale;

import org.enforcementgraph.agency.AgencyIds;
import org.enforcementgraph.system.Keys;

/**
 * Who holds a facility's detention agreement (IGSA, USMS IGA) with ICE or the Marshals. ICE's statistics do not say;
 * its 2015 listing names the operator and owner, and the facility's county and name tell the rest. First rule that
 * applies:
 * <ol>
 * <li>operator {@code COUNTY (SHERIFF)}: the sheriff's office of the facility's county ({@code OPERATOR_SHERIFF},
 * MEDIUM: the sheriff runs the jail; the county may have signed);</li>
 * <li>operator {@code COUNTY}, {@code COUNTY (CORRECTIONS)}, {@code COUNTY (JAILER)}, ...: the county
 * ({@code OPERATOR_COUNTY}, HIGH);</li>
 * <li>operator {@code CITY}, or owner {@code CITY}: the city the facility is in ({@code OPERATOR_CITY},
 * {@code OWNER_CITY}, MEDIUM);</li>
 * <li>owner {@code COUNTY}: the county ({@code OWNER_COUNTY}, MEDIUM: a county-owned jail run by a company);</li>
 * <li>no listing, and the facility's name names the county it is in ("YUBA COUNTY JAIL"): the county
 * ({@code NAME_NAMES_COUNTY}, MEDIUM);</li>
 * <li>otherwise the county the facility is in ({@code FACILITY_COUNTY}, LOW);</li>
 * <li>no county known: no party ({@code UNDETERMINED}), reported unmatched.</li>
 * </ol>
 */
final class AgreementParties {

	/** The party: its label and id, and for a party this import creates, its name and county. */
	record Party(String label, String id, String name, String method, String confidence) {
	}

	private AgreementParties() {
	}

	static Party of(String state, String city, String operator, String owner, FacilityLocations.Location location) {
		String op = upper(operator);
		String own = upper(owner);
		if (op.startsWith("COUNTY (SHERIFF)") && location != null) {
			String name = location.countyName() + " Sheriff's Office";
			return new Party("Agency", AgencyIds.of(state, name), name, "OPERATOR_SHERIFF", "MEDIUM");
		}
		if (op.startsWith("COUNTY") && location != null) {
			return county(location, "OPERATOR_COUNTY", "HIGH");
		}
		boolean cityRuns = op.equals("CITY");
		if ((cityRuns || own.equals("CITY")) && city != null && !city.isBlank()) {
			return new Party("Place", "place:" + state + ":" + Keys.slug(city), titleCase(city),
					cityRuns ? "OPERATOR_CITY" : "OWNER_CITY", "MEDIUM");
		}
		if (own.startsWith("COUNTY") && location != null) {
			return county(location, "OWNER_COUNTY", "MEDIUM");
		}
		if (location == null) {
			return new Party(null, null, null, "UNDETERMINED", null);
		}
		if (op.isEmpty() && own.isEmpty() && location.method().equals("NAME")) {
			return county(location, "NAME_NAMES_COUNTY", "MEDIUM");
		}
		return county(location, "FACILITY_COUNTY", "LOW");
	}

	private static Party county(FacilityLocations.Location location, String method, String confidence) {
		return new Party("County", "county:" + location.fips(), location.countyName(), method, confidence);
	}

	private static String upper(String text) {
		return (text == null) ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	static String titleCase(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return out.toString();
	}

}
