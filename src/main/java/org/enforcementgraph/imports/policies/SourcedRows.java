package org.enforcementgraph.imports.policies;

import java.time.LocalDate;
import java.util.Optional;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.PartialDate;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;

/**
 * What the policies and grants formats share: the source columns of a row ({@code source_url}, {@code source_title},
 * {@code source_publisher}, {@code source_published}, {@code source_quote}), partial dates, and merge rules that do not
 * depend on the order files are imported in.
 */
public final class SourcedRows {

	private SourcedRows() {
	}

	public static boolean sourced(TableRow row, RejectedRows rejected) {
		if (Columns.value(row, "source_url").filter(u -> u.matches("https?://\\S+")).isPresent()) {
			return true;
		}
		Columns.reject(row, rejected, "source_url", "is not a web address: every fact needs the page it comes from");
		return false;
	}

	public static QuotedSources.Passage passage(TableRow row) {
		LocalDate published = Columns.value(row, "source_published").flatMap(PartialDate::parse).map(PartialDate::exact).orElse(null);
		return new QuotedSources.Passage(Columns.text(row, "source_url"), Columns.text(row, "source_quote"),
				Columns.value(row, "source_title").orElse(null), Columns.value(row, "source_publisher").orElse(null), published);
	}

	/** The date in {@code column}, empty when blank, or null (after rejecting the row) when it is not a date. */
	public static Optional<PartialDate> date(TableRow row, String column, RejectedRows rejected) {
		Optional<String> text = Columns.value(row, column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<PartialDate> date = PartialDate.parse(text.get());
		if (date.isEmpty()) {
			Columns.reject(row, rejected, column, PartialDate.EXPECTED);
			return null;
		}
		return date;
	}

	/** Keeps the longer text (then the first alphabetically) of {@code n} and {@code row}. */
	public static String longer(String property) {
		return ("CASE WHEN n.%1$s IS NULL OR (row.%1$s IS NOT NULL AND (size(row.%1$s) > size(n.%1$s)"
				+ " OR (size(row.%1$s) = size(n.%1$s) AND row.%1$s < n.%1$s))) THEN row.%1$s ELSE n.%1$s END").formatted(property);
	}

	/** Keeps the earlier date of {@code n} and {@code row}. */
	public static String earlier(String property) {
		return "CASE WHEN n.%1$s IS NULL OR (row.%1$s IS NOT NULL AND row.%1$s < n.%1$s) THEN row.%1$s ELSE n.%1$s END"
			.formatted(property);
	}

}
