package org.enforcementgraph.agency;

import java.util.Locale;

import org.enforcementgraph.system.Keys;

/**
 * Agency ids: {@code agency:<ST>:<key>}, the key made from the agency's name with spelling noise removed, so that
 * "Autauga County Sheriff's Office ", "Autauga County Sheriffs Office" and "Autauga Co. Sheriff's Office" are one
 * agency in every source that names it, and "City of Melbourne Police Department" is "Melbourne Police Department".
 */
public final class AgencyIds {

	private AgencyIds() {
	}

	public static String of(String postal, String name) {
		return "agency:" + postal.toUpperCase(Locale.ROOT) + ":" + key(name);
	}

	/** The name reduced to its identifying words: abbreviations spelled out, possessives and punctuation dropped. */
	public static String key(String name) {
		String text = " " + name.strip().toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
		text = text.replaceAll("^\\s(city|town|village) of\\s", " ")
			.replaceAll("\\bco\\.?\\s", "county ")
			.replaceAll("\\bdept\\.?\\s", "department ")
			.replaceAll("\\bsheriff'?s?\\s+off?ice\\b", "sheriffs office")
			.replaceAll("\\bsheriff'?s?\\s+department\\b", "sheriffs department")
			.replaceAll("\\bpd\\b", "police department")
			.replaceAll("\\bs\\.?o\\.?(?=\\s|$)", "sheriffs office")
			.replaceAll("\\bst\\.?\\s", "saint ")
			.replaceAll("\\bft\\.?\\s", "fort ")
			.replaceAll("\\btwp\\.?\\s", "township ");
		return Keys.slug(text);
	}

}
