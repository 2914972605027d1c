package org.enforcementgraph.imports.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.Keys;

/**
 * The 2017 list of jurisdictions that decline ICE detainers ({@code Location, Date Enacted, Policy, Criteria for
 * Honoring Detainer, Designation}), a copy of the Center for Immigration Studies' "Map: Sanctuary Cities, Counties, and
 * States" kept in the austinbrian/sheriffs repository. {@code Location} is "name, state"; dates are {@code Sep-14} or
 * ISO; the designation (1, 2, 3) is kept as printed, its meaning not being stated (it follows city, county, state).
 */
final class SanctuaryList {

	static final List<String> COLUMNS = List.of("location", "date enacted", "policy", "criteria for honoring detainer",
			"designation");

	static final String URL = "https://github.com/austinbrian/sheriffs/blob/2e837a5c73917165b6ba1a1feafdbb8c2ca4913f/data/Copy%20of%20Map-%20Sanctuary%20Cities%2C%20Counties%20and%20States.csv";

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM-uu", Locale.US);

	private SanctuaryList() {
	}

	static Map<String, Object> properties() {
		Map<String, Object> report = new HashMap<>();
		report.put("id", "report:sanctuary-list-2017");
		report.put("kind", "SANCTUARY_LIST");
		report.put("title", "Map: Sanctuary Cities, Counties, and States (jurisdictions declining ICE detainers, list as of 2017)");
		report.put("publisher", "Center for Immigration Studies (by the file's name; the copy does not say)");
		report.put("url", URL);
		return report;
	}

	static void read(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		for (TableRow row : rows) {
			String location = Columns.text(row, "location").strip();
			int comma = Math.max(location.lastIndexOf(", "), location.lastIndexOf(". "));
			Optional<String> state = (comma > 0) ? Jurisdictions.state(location.substring(comma + 2)).map(s -> s.postal())
					: Optional.empty();
			if (state.isEmpty()) {
				Columns.reject(row, rejected, "location", Jurisdictions.state(location).isPresent()
						? "names a whole state; a report names counties, places or agencies" : "is not 'name, state'");
				continue;
			}
			Optional<String> enacted = date(Columns.text(row, "date enacted"));
			if (enacted.isEmpty()) {
				Columns.reject(row, rejected, "date enacted", "is not a date: expected Mon-YY (Sep-14) or YYYY-MM-DD");
				continue;
			}
			Map<String, Object> figures = new TreeMap<>();
			figures.put("dateEnacted", enacted.get());
			Columns.value(row, "policy").ifPresent(v -> figures.put("policy", v));
			Columns.value(row, "criteria for honoring detainer").ifPresent(v -> figures.put("criteria", v));
			Columns.value(row, "designation").ifPresent(v -> figures.put("designation", v));
			String key = "entry:" + Keys.hash(location + "|" + enacted.get() + "|" + Columns.text(row, "policy"));
			String name = location.substring(0, comma).strip();
			batch.mentions.add(new ReportBatch.Mention(key, location, name, state.get(), null, figures, null, List.of(),
					row.number(), "location"));
		}
	}

	/** {@code Sep-14} as {@code 2014-09}; an ISO date as it is. */
	static Optional<String> date(String text) {
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return Optional.of(LocalDate.parse(value).toString());
			}
			return Optional.of(YearMonth.parse(value, MONTH_YEAR).toString());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
