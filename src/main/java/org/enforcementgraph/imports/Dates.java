package org.enforcementgraph.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as public files print them: ISO, US numeric, or spelled out. */
public final class Dates {

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US), DateTimeFormatter.ofPattern("M/d/uu", Locale.US),
			DateTimeFormatter.ofPattern("M-d-uuuu", Locale.US), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US),
			DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US), DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.US),
			DateTimeFormatter.ofPattern("uuuu/M/d", Locale.US));

	private Dates() {
	}

	/** The date {@code text} spells in one of the known formats, or empty. */
	public static Optional<LocalDate> parse(String text) {
		String value = text.strip().replaceAll("\\s+", " ");
		if (value.length() > 10 && value.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
			value = value.substring(0, 10);
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

}
