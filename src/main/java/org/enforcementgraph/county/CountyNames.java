package org.enforcementgraph.county;

import java.util.Locale;

import org.enforcementgraph.system.Keys;

/**
 * The key that matches a county's name as different sources print it: "St. Louis County", "SAINT LOUIS", "St Louis"
 * all give {@code saint-louis}; "Baltimore city" and "Baltimore County" stay apart.
 */
public final class CountyNames {

	private CountyNames() {
	}

	public static String key(String name) {
		String text = " " + name.strip().toLowerCase(Locale.ROOT) + " ";
		text = text.replaceAll("\\bst\\.?\\s", "saint ").replaceAll("\\bste\\.?\\s", "sainte ");
		text = text.replaceAll("\\s(county|parish|borough|census area|municipality|city and borough|municipio)\\s*$", " ");
		return Keys.slug(text);
	}

}
