package org.enforcementgraph.imports.detention;

import java.util.Locale;
import java.util.Map;

import org.enforcementgraph.system.Keys;

/**
 * The keys that match a facility as different files print it: its name ("ADAMS COUNTY DET CENTER" and "Adams
 * County Detention Center" give {@code adams-county-detention-center}), its street address within its city
 * ("1623 E. J STREET" and "1623 EAST J ST" give {@code 1623-e-j-st}), and its city. ZIP codes get back the leading
 * zeros that spreadsheets stored as numbers lost.
 */
final class FacilityKeys {

	/** Abbreviations in facility names, spelled out so that both spellings give one key. */
	private static final Map<String, String> NAME_WORDS = Map.ofEntries(Map.entry("co", "county"),
			Map.entry("cnty", "county"), Map.entry("det", "detention"), Map.entry("ctr", "center"),
			Map.entry("cntr", "center"), Map.entry("corr", "correctional"), Map.entry("fac", "facility"),
			Map.entry("fclty", "facility"), Map.entry("cplx", "complex"), Map.entry("pub", "public"),
			Map.entry("sfty", "safety"), Map.entry("inst", "institution"), Map.entry("fed", "federal"),
			Map.entry("dept", "department"), Map.entry("proc", "processing"), Map.entry("reg", "regional"));

	/** Street words shortened the USPS way, so that both spellings give one key. */
	private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(Map.entry("road", "rd"),
			Map.entry("street", "st"), Map.entry("drive", "dr"), Map.entry("highway", "hwy"), Map.entry("avenue", "ave"),
			Map.entry("av", "ave"), Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"), Map.entry("parkway", "pkwy"),
			Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("circle", "cir"), Map.entry("trail", "trl"),
			Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
			Map.entry("suite", "ste"), Map.entry("freeway", "fwy"), Map.entry("frwy", "fwy"));

	private FacilityKeys() {
	}

	/** The name key: lower-case words, abbreviations spelled out, footnote digits glued to the last word dropped. */
	static String name(String name) {
		String text = Keys.slug(name.strip().replaceAll("(?<=[A-Za-z])\\d$", ""));
		StringBuilder key = new StringBuilder();
		String[] words = text.split("-");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (i == 0 && word.equals("st")) {
				word = "saint";
			}
			else if (i == 0 && word.equals("ste")) {
				word = "sainte";
			}
			else {
				word = NAME_WORDS.getOrDefault(word, word);
			}
			key.append(key.isEmpty() ? "" : "-").append(word);
		}
		return key.toString();
	}

	/** The city key: {@code ft} and {@code st} spelled out, so "FT. WAYNE" and "Fort Wayne" are one city. */
	static String city(String city) {
		String[] words = Keys.slug(city).split("-");
		StringBuilder key = new StringBuilder();
		for (String word : words) {
			String spelled = switch (word) {
				case "ft" -> "fort";
				case "st" -> "saint";
				case "ste" -> "sainte";
				case "mt" -> "mount";
				default -> word;
			};
			key.append(key.isEmpty() ? "" : "-").append(spelled);
		}
		return key.toString();
	}

	/** The street address key, or empty when the address is empty. */
	static String address(String address) {
		String[] words = Keys.slug(address).split("-");
		StringBuilder key = new StringBuilder();
		for (String word : words) {
			key.append(key.isEmpty() ? "" : "-").append(ADDRESS_WORDS.getOrDefault(word, word));
		}
		return key.toString();
	}

	/** {@code city|address} keys, the unit addresses are compared in; null when either is empty. */
	static String cityAddress(String city, String address) {
		String cityKey = city(city);
		String addressKey = address(address);
		return (cityKey.isEmpty() || addressKey.isEmpty()) ? null : cityKey + "|" + addressKey;
	}

	/**
	 * A ZIP code as text with its leading zeros: "2863" (a number in older sheets) becomes "02863", "2863.0" too;
	 * ZIP+4 ("84119-6096") is kept; anything else is returned as printed, or null when empty.
	 */
	static String zip(String printed) {
		String zip = printed.strip().replaceAll("\\.0+$", "");
		if (zip.isEmpty() || zip.equalsIgnoreCase("NA")) {
			return null;
		}
		if (zip.matches("\\d{1,4}")) {
			return "0".repeat(5 - zip.length()) + zip;
		}
		if (zip.matches("\\d{8}")) {
			// a ZIP+4 stored as a number lost its dash and maybe leading zeros
			String nine = "0".repeat(9 - zip.length()) + zip;
			return nine.substring(0, 5) + "-" + nine.substring(5);
		}
		if (zip.matches("\\d{9}")) {
			return zip.substring(0, 5) + "-" + zip.substring(5);
		}
		return zip.toUpperCase(Locale.ROOT);
	}

}
