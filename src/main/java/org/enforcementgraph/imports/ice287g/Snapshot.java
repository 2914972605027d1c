package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One imported ICE list: which list, its Source, and when it stood. ICE names its files
 * {@code participatingAgenciesMMDDYYYYam.xlsx} (or {@code pm}: two lists of one day are told apart, morning first);
 * copies retrieved from the Wayback Machine end in the capture time {@code -YYYYMMDDhhmmss.xlsx}. Snapshots sort by
 * that time, so "as of a day" means the latest list of that day.
 */
record Snapshot(String sourceId, ListKind list, LocalDate date, LocalDateTime at) implements Comparable<Snapshot> {

	private static final Pattern ICE_NAME = Pattern.compile("(?i).*?(\\d{2})(\\d{2})(\\d{4})(am|pm)\\.xlsx$");

	private static final Pattern WAYBACK_NAME = Pattern.compile("(?i).*-(\\d{14})\\.xlsx$");

	private static final DateTimeFormatter WAYBACK = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	/** The time a file's name gives, or empty when it gives none. */
	static Optional<LocalDateTime> timeFromName(String fileName) {
		try {
			Matcher ice = ICE_NAME.matcher(fileName);
			if (ice.matches()) {
				LocalDate day = LocalDate.of(Integer.parseInt(ice.group(3)), Integer.parseInt(ice.group(1)),
						Integer.parseInt(ice.group(2)));
				return Optional.of(day.atTime(ice.group(4).equalsIgnoreCase("am") ? 0 : 12, 0));
			}
			Matcher wayback = WAYBACK_NAME.matcher(fileName);
			if (wayback.matches()) {
				return Optional.of(LocalDateTime.parse(wayback.group(1), WAYBACK));
			}
		}
		catch (DateTimeException ex) {
			// A name that looks like a date but is none (e.g. month 13) gives no date.
		}
		return Optional.empty();
	}

	@Override
	public int compareTo(Snapshot other) {
		int byTime = this.at.compareTo(other.at);
		return (byTime != 0) ? byTime : this.sourceId.compareTo(other.sourceId);
	}

	/** The two lists ICE publishes. */
	enum ListKind {

		PARTICIPATING("ICE_287G_PARTICIPATING", "ICE 287(g) participating agencies", "participating"),
		PENDING("ICE_287G_PENDING", "ICE 287(g) pending agencies", "pending");

		final String code;

		final String title;

		/** The word that names this list in ICE's file names ({@code participatingAgencies...}) and link texts. */
		final String word;

		ListKind(String code, String title, String word) {
			this.code = code;
			this.title = title;
			this.word = word;
		}

		/** How ICE names this list's file on a given day: {@code participatingAgencies05162025am.xlsx}. */
		String fileName(LocalDateTime at) {
			return this.word + "Agencies" + at.format(DateTimeFormatter.ofPattern("MMdduuuu"))
					+ ((at.getHour() < 12) ? "am" : "pm") + ".xlsx";
		}

		static ListKind of(String code) {
			for (ListKind kind : values()) {
				if (kind.code.equals(code)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("No list " + code);
		}

	}

}
