package org.enforcementgraph.imports.laws;

import java.util.List;
import java.util.Optional;

import org.enforcementgraph.imports.PartialDate;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.law.LawIds;
import org.enforcementgraph.law.LawKind;
import org.enforcementgraph.state.StateNames;

/** One usable row of a state-laws file: one (law, kind) with the passage that backs that kind. */
record LawRow(String id, String state, String billId, String title, LawKind kind, String appliesTo,
		List<String> appliesToKinds, Optional<PartialDate> enacted, Optional<PartialDate> effective,
		Optional<PartialDate> deadline, String summary, QuotedSources.Passage passage) {

	static final List<String> COLUMNS = List.of("state_postal", "law_id", "title", "kind", "applies_to", "enacted_date",
			"effective_date", "deadline_date", "summary", "source_url", "source_quote");

	/** The row as a law, or empty after recording in {@code rejected} why it cannot be one. */
	static Optional<LawRow> read(TableRow row, RejectedRows rejected) {
		Optional<String> state = value(row, "state_postal").flatMap(StateNames::of).map(StateNames.State::postal);
		if (state.isEmpty()) {
			return reject(row, rejected, "state_postal", "is not a US state or territory postal code (e.g. FL)");
		}
		Optional<String> billId = value(row, "law_id");
		if (billId.isEmpty()) {
			return reject(row, rejected, "law_id", "is empty: every law needs its bill number, e.g. SB 168 (2019)");
		}
		Optional<String> title = value(row, "title");
		if (title.isEmpty()) {
			return reject(row, rejected, "title", "is empty: every law needs a title");
		}
		Optional<LawKind> kind = value(row, "kind").flatMap(LawKind::of);
		if (kind.isEmpty()) {
			return reject(row, rejected, "kind", "is not a law kind: expected one of " + List.of(LawKind.values()));
		}
		Optional<String> url = value(row, "source_url");
		if (url.isEmpty() || !url.get().matches("https?://\\S+")) {
			return reject(row, rejected, "source_url", "is not a web address: every fact needs the page it comes from");
		}
		Optional<PartialDate>[] dates = dates(row);
		for (int i = 0; i < DATE_COLUMNS.size(); i++) {
			if (dates[i] == null) {
				return reject(row, rejected, DATE_COLUMNS.get(i), PartialDate.EXPECTED);
			}
		}
		String appliesTo = value(row, "applies_to").orElse(null);
		return Optional.of(new LawRow(LawIds.of(state.get(), billId.get()), state.get(), billId.get(), title.get(),
				kind.get(), appliesTo, (appliesTo != null) ? AppliesTo.kinds(appliesTo) : List.of(), dates[0], dates[1],
				dates[2], value(row, "summary").orElse(null),
				new QuotedSources.Passage(url.get(), value(row, "source_quote").orElse(""))));
	}

	private static final List<String> DATE_COLUMNS = List.of("enacted_date", "effective_date", "deadline_date");

	/** The three dates; a null entry marks a column whose text is not a date. */
	@SuppressWarnings("unchecked")
	private static Optional<PartialDate>[] dates(TableRow row) {
		Optional<PartialDate>[] dates = new Optional[DATE_COLUMNS.size()];
		for (int i = 0; i < dates.length; i++) {
			Optional<String> text = value(row, DATE_COLUMNS.get(i));
			Optional<PartialDate> date = text.flatMap(PartialDate::parse);
			dates[i] = (text.isPresent() && date.isEmpty()) ? null : date;
		}
		return dates;
	}

	/** Headers are read upper-cased ({@code CsvTables}); the files and messages spell them in lower case. */
	static Optional<String> value(TableRow row, String column) {
		return row.value(upper(column));
	}

	static String upper(String column) {
		return column.toUpperCase(java.util.Locale.ROOT);
	}

	private static Optional<LawRow> reject(TableRow row, RejectedRows rejected, String column, String reason) {
		rejected.add(row.file(), row.sheet(), row.number(), column, row.text(upper(column)), reason);
		return Optional.empty();
	}

}
