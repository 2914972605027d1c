package org.enforcementgraph.state;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states, the District of Columbia and the territories: USPS postal code, Census FIPS code and name (public
 * reference facts, kept in code because every importer needs them before any file is read).
 */
public final class StateNames {

	/** One state or territory. */
	public record State(String postal, String fips, String name) {
	}

	public static final List<State> ALL = List.of(new State("AL", "01", "Alabama"), new State("AK", "02", "Alaska"),
			new State("AZ", "04", "Arizona"), new State("AR", "05", "Arkansas"), new State("CA", "06", "California"),
			new State("CO", "08", "Colorado"), new State("CT", "09", "Connecticut"), new State("DE", "10", "Delaware"),
			new State("DC", "11", "District of Columbia"), new State("FL", "12", "Florida"), new State("GA", "13", "Georgia"),
			new State("HI", "15", "Hawaii"), new State("ID", "16", "Idaho"), new State("IL", "17", "Illinois"),
			new State("IN", "18", "Indiana"), new State("IA", "19", "Iowa"), new State("KS", "20", "Kansas"),
			new State("KY", "21", "Kentucky"), new State("LA", "22", "Louisiana"), new State("ME", "23", "Maine"),
			new State("MD", "24", "Maryland"), new State("MA", "25", "Massachusetts"), new State("MI", "26", "Michigan"),
			new State("MN", "27", "Minnesota"), new State("MS", "28", "Mississippi"), new State("MO", "29", "Missouri"),
			new State("MT", "30", "Montana"), new State("NE", "31", "Nebraska"), new State("NV", "32", "Nevada"),
			new State("NH", "33", "New Hampshire"), new State("NJ", "34", "New Jersey"), new State("NM", "35", "New Mexico"),
			new State("NY", "36", "New York"), new State("NC", "37", "North Carolina"), new State("ND", "38", "North Dakota"),
			new State("OH", "39", "Ohio"), new State("OK", "40", "Oklahoma"), new State("OR", "41", "Oregon"),
			new State("PA", "42", "Pennsylvania"), new State("RI", "44", "Rhode Island"), new State("SC", "45", "South Carolina"),
			new State("SD", "46", "South Dakota"), new State("TN", "47", "Tennessee"), new State("TX", "48", "Texas"),
			new State("UT", "49", "Utah"), new State("VT", "50", "Vermont"), new State("VA", "51", "Virginia"),
			new State("WA", "53", "Washington"), new State("WV", "54", "West Virginia"), new State("WI", "55", "Wisconsin"),
			new State("WY", "56", "Wyoming"), new State("AS", "60", "American Samoa"), new State("GU", "66", "Guam"),
			new State("MP", "69", "Northern Mariana Islands"), new State("PR", "72", "Puerto Rico"),
			new State("UM", "74", "U.S. Minor Outlying Islands"), new State("VI", "78", "U.S. Virgin Islands"));

	private static final Map<String, State> BY_KEY = new HashMap<>();

	static {
		for (State state : ALL) {
			BY_KEY.put(state.postal(), state);
			BY_KEY.put(key(state.name()), state);
			BY_KEY.put("fips:" + state.fips(), state);
		}
		BY_KEY.put(key("Virgin Islands"), BY_KEY.get("VI"));
		BY_KEY.put(key("Washington DC"), BY_KEY.get("DC"));
		BY_KEY.put(key("Washington D.C."), BY_KEY.get("DC"));
	}

	private StateNames() {
	}

	private static String key(String name) {
		return name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").replaceAll("\\s+", " ");
	}

	/** The state a full name or postal code names exactly (any case, spacing and punctuation ignored). */
	public static Optional<State> of(String nameOrPostal) {
		String value = nameOrPostal.strip();
		if (value.length() == 2) {
			return Optional.ofNullable(BY_KEY.get(value.toUpperCase(Locale.ROOT)));
		}
		return Optional.ofNullable(BY_KEY.get(key(value)));
	}

	/** The state of a two-digit Census FIPS code. */
	public static Optional<State> ofFips(String fips) {
		return Optional.ofNullable(BY_KEY.get("fips:" + fips));
	}

}
