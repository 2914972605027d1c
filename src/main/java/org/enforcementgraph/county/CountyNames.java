package org.enforcementgraph.county;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.system.Keys;

/**
 * The key that matches a county's name as different sources print it: "St. Louis County", "SAINT LOUIS", "St Louis"
 * all give {@code saint-louis}; "Baltimore city" and "Baltimore County" stay apart.
 */
public final class CountyNames {

	private CountyNames() {
	}

	/** "Etowah County Sheriff's Office" is Etowah County's: a sheriff's or jail's name says whose it is. */
	private static final Pattern COUNTY_IN_NAME = Pattern.compile("^([A-Z][A-Za-z.' -]*? (County|Parish))\\b(?!.*/)");

	/** The county a sheriff's office or jail is named for ("Etowah County"), if its name says. */
	public static Optional<String> inAgencyName(String agencyName, String agencyKind) {
		if (!agencyKind.equals("SHERIFF") && !agencyKind.equals("CORRECTIONS")) {
			return Optional.empty();
		}
		Matcher matcher = COUNTY_IN_NAME.matcher(agencyName);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	public static String key(String name) {
		String text = " " + name.strip().toLowerCase(Locale.ROOT) + " ";
		text = text.replaceAll("\\bst\\.?\\s", "saint ").replaceAll("\\bste\\.?\\s", "sainte ");
		text = text.replaceAll("\\s(county|parish|borough|census area|municipality|city and borough|municipio)\\s*$", " ");
		return Keys.slug(text);
	}

}
