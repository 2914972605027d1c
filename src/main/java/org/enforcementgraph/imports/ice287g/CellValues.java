package org.enforcementgraph.imports.ice287g;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.agency.NameSimilarity;
import org.enforcementgraph.imports.Dates;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * What the cells of ICE's lists hold once their known problems are undone: state names, support types, signing
 * dates, county names and MOA links, each with the reason when the value printed had to be changed.
 */
final class CellValues {

	/** A value read from a cell, and why it differs from what was printed (null when it does not). */
	record Read<T>(T value, String correction) {

		static <T> Read<T> as(T value) {
			return new Read<>(value, null);
		}

	}

	private static final Map<String, String> MODELS = Map.of("jail enforcement model", "JAIL_ENFORCEMENT",
			"warrant service officer", "WARRANT_SERVICE_OFFICER", "task force model", "TASK_FORCE");

	private static final Pattern DAY_JOINED_TO_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})(\\d{4})");

	private static final Pattern NOT_GIVEN = Pattern.compile("#?N/?A|none|-+", Pattern.CASE_INSENSITIVE);

	/** The first 287(g) agreement was signed in 2002; an earlier date is a typo. */
	private static final LocalDate FIRST_AGREEMENT = LocalDate.of(2002, 1, 1);

	private CellValues() {
	}

	/** Non-breaking spaces made plain, surrounding spaces removed, runs of spaces made one. */
	static String clean(String text) {
		return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
	}

	/** A state name or postal code; a name one or two letters off a state's is taken as that state. */
	static Optional<Read<StateNames.State>> state(String text) {
		Optional<StateNames.State> exact = StateNames.of(text);
		if (exact.isPresent()) {
			return exact.map(Read::as);
		}
		String letters = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "");
		StateNames.State best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (StateNames.State state : StateNames.ALL) {
			int distance = NameSimilarity.levenshtein(letters, state.name().toUpperCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = state;
				bestDistance = distance;
				tie = false;
			}
			else if (distance == bestDistance) {
				tie = true;
			}
		}
		return (bestDistance <= 2 && !tie && letters.length() >= 4)
				? Optional.of(new Read<>(best, "misspelled state name")) : Optional.empty();
	}

	/** A support type as a {@code Model287g} name; a label up to three letters off a model's is taken as it. */
	static Optional<Read<String>> model(String text) {
		String label = text.toLowerCase(Locale.ROOT);
		if (MODELS.containsKey(label)) {
			return Optional.of(Read.as(MODELS.get(label)));
		}
		return MODELS.entrySet()
			.stream()
			.filter(e -> NameSimilarity.levenshtein(label, e.getKey()) <= 3)
			.findFirst()
			.map(e -> new Read<>(e.getValue(), "misspelled support type"));
	}

	/** A county name, null when none is given ("#N/A"); "Lake Conty" read as "Lake County". */
	static Read<String> county(String text) {
		if (text.isEmpty()) {
			return Read.as(null);
		}
		if (NOT_GIVEN.matcher(text).matches()) {
			return new Read<>(null, "'" + text + "' means no county is given");
		}
		int space = text.lastIndexOf(' ');
		String last = (space < 0) ? "" : text.substring(space + 1);
		if (!last.equals("County") && last.toLowerCase(Locale.ROOT).startsWith("co") && NameSimilarity.levenshtein(last.toLowerCase(Locale.ROOT), "county") <= 2
				&& !last.equalsIgnoreCase("country")) {
			return new Read<>(text.substring(0, space) + " County", "misspelled 'County'");
		}
		return Read.as(text);
	}

	/**
	 * The signing date of a participating row: an Excel date, or a date printed as text. Known misprints are read
	 * ("05/082025"); dates that cannot be right (before 2002, or after the list's own date) and text that is no date
	 * give null, with the reason.
	 */
	static Read<LocalDate> signed(TableRow.Cell cell, LocalDate listDate) {
		String text = clean(cell.text());
		LocalDate date = cell.excelDate();
		String correction = null;
		if (date == null && !text.isEmpty()) {
			Optional<LocalDate> parsed = Dates.parse(text);
			Matcher joined = DAY_JOINED_TO_YEAR.matcher(text);
			if (parsed.isPresent()) {
				date = parsed.get();
			}
			else if (text.matches("\\d{5}")) {
				date = LocalDate.of(1899, 12, 30).plusDays(Integer.parseInt(text));
				correction = "an Excel date stored as a number";
			}
			else if (joined.matches() && Dates.parse(joined.group(1) + "/" + joined.group(2) + "/" + joined.group(3)).isPresent()) {
				date = Dates.parse(joined.group(1) + "/" + joined.group(2) + "/" + joined.group(3)).get();
				correction = "a '/' missing between day and year";
			}
			else {
				return new Read<>(null, "not a date; the signing date is taken from the other lists that show the agreement");
			}
		}
		if (date != null && date.isBefore(FIRST_AGREEMENT)) {
			return new Read<>(null, "before the first 287(g) agreement (2002): a misprint, not used");
		}
		if (date != null && date.isAfter(listDate.plusDays(1))) {
			return new Read<>(null, "after the date of the list itself: a misprint, not used");
		}
		return new Read<>(date, correction);
	}

	/** The address a link cell points to: its hyperlink, or a URL printed as text; "link pending" gives null. */
	static Read<String> link(TableRow.Cell cell) {
		String target = (cell.hyperlink() != null) ? cell.hyperlink().strip() : clean(cell.text());
		if (!target.matches("(?i)https?://\\S+")) {
			return Read.as(null);
		}
		Matcher safelink = Pattern.compile("(?i)https?://[^/]*safelinks\\.protection\\.outlook\\.com/\\?url=([^&]+).*").matcher(target);
		if (safelink.matches()) {
			return new Read<>(URLDecoder.decode(safelink.group(1), StandardCharsets.UTF_8), "Outlook safe-link wrapper removed");
		}
		return Read.as(target);
	}

	/** For a Wayback Machine address, the original address it archived; else the address itself. */
	static String unarchived(String url) {
		Matcher archived = Pattern.compile("(?i)https?://web\\.archive\\.org/web/\\d+[a-z_]*/(https?://.+)").matcher(url);
		return archived.matches() ? archived.group(1) : url;
	}

}
