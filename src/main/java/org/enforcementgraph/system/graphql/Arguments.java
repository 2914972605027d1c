package org.enforcementgraph.system.graphql;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of argument values, each failing with a message that says what was expected. */
public final class Arguments {

	private static final Pattern POSTAL = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern FIPS = Pattern.compile("\\d{5}");

	private Arguments() {
	}

	/** A USPS state code, upper-cased; null stays null. */
	public static String postal(String argument, String value) {
		if (value == null) {
			return null;
		}
		if (!POSTAL.matcher(value).matches()) {
			throw new InvalidArgumentException(argument + " must be a two-letter USPS state code such as TX; got '"
					+ value + "'");
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/** A five-digit county FIPS code; null stays null. */
	public static String fips(String argument, String value) {
		if (value == null) {
			return null;
		}
		if (!FIPS.matcher(value).matches()) {
			throw new InvalidArgumentException(argument
					+ " must be a five-digit county FIPS code (state + county, with leading zeros) such as 48201;"
					+ " got '" + value + "'");
		}
		return value;
	}

}
