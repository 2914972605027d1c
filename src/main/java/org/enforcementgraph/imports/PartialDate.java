package org.enforcementgraph.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as curated sources print it: a day ({@code 2019-06-14}), or only a month ({@code 2025-02}) or a year
 * ({@code 1987}) when that is all that is known. {@link #exact} is the day when known and null otherwise, so that no
 * day is ever made up; {@link #latest} is the last day the period covers, the safe bound for rules such as "in force
 * on or before".
 */
public record PartialDate(String asPrinted, LocalDate exact, LocalDate latest) {

	/** The date {@code text} spells ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}); empty when it is none of them. */
	public static Optional<PartialDate> parse(String text) {
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				LocalDate day = LocalDate.parse(value);
				return Optional.of(new PartialDate(value, day, day));
			}
			if (value.matches("\\d{4}-\\d{2}")) {
				return Optional.of(new PartialDate(value, null, YearMonth.parse(value).atEndOfMonth()));
			}
			if (value.matches("\\d{4}")) {
				return Optional.of(new PartialDate(value, null, LocalDate.of(Integer.parseInt(value), 12, 31)));
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** What a column holding such dates expects, for error messages. */
	public static final String EXPECTED = "is not a date: expected YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known";

}
