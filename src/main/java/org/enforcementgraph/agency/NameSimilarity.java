package org.enforcementgraph.agency;

import java.util.List;
import java.util.Set;

/**
 * How alike two agency names are, for telling a respelling of one agency ("Mantiowoc County Sheriff's Office" →
 * "Manitowoc County Sheriff's Office", "Idaho State Police" → "Idaho State Police Department") from another agency.
 * Names are compared by their distinctive words (place and organisation words, not "County", "Police",
 * "Department"...), a word matching a word one or two typos away.
 */
public final class NameSimilarity {

	private static final Set<String> GENERIC_WORDS = Set.of("of", "the", "and", "county", "parish", "city", "town",
			"village", "department", "office", "sheriffs", "police", "state", "public");

	private NameSimilarity() {
	}

	/** Edit distance (insertions, deletions, substitutions). */
	public static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** 1 minus the edit distance over the longer length: 1 for equal texts. */
	public static double ratio(String a, String b) {
		int longest = Math.max(a.length(), b.length());
		return (longest == 0) ? 1 : 1 - (double) levenshtein(a, b) / longest;
	}

	/**
	 * The share of the shorter name's distinctive words found in the other name (1 when one name's words all appear
	 * in the other, as when a name gains "Department" or the state's name). Takes keys as made by
	 * {@link AgencyIds#key}.
	 */
	public static double wordOverlap(String keyA, String keyB) {
		List<String> a = distinctiveWords(keyA);
		List<String> b = distinctiveWords(keyB);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		List<String> shorter = (a.size() <= b.size()) ? a : b;
		List<String> longer = (shorter == a) ? b : a;
		long found = shorter.stream().filter(word -> longer.stream().anyMatch(other -> sameWord(word, other))).count();
		return (double) found / shorter.size();
	}

	private static List<String> distinctiveWords(String key) {
		return List.of(key.split("-")).stream().filter(w -> !w.isEmpty() && !GENERIC_WORDS.contains(w)).toList();
	}

	/** Equal, or one typo apart for words of 4+ letters, two for words of 7+. */
	public static boolean sameWord(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int shortest = Math.min(a.length(), b.length());
		int allowed = (shortest >= 7) ? 2 : (shortest >= 4) ? 1 : 0;
		return allowed > 0 && levenshtein(a, b) <= allowed;
	}

}
