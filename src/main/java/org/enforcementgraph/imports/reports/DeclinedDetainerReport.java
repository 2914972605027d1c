package org.enforcementgraph.imports.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.system.GraphException;

/**
 * Which ICE Declined Detainer Outcome Report a file belongs to: its publication date from the file name
 * ({@code ddor-2017-03-20-top10.csv}) or {@code --published}, and the week it covers from {@code --period-start} /
 * {@code --period-end} or, for the issues whose weeks are known from the press, from {@link #KNOWN_WEEKS}.
 */
final class DeclinedDetainerReport {

	static final String KIND = "DECLINED_DETAINER_OUTCOME_REPORT";

	/** Published → first and last day of the week covered (seed 003: the first report, 2017-01-28 to 2017-02-03). */
	static final Map<LocalDate, LocalDate[]> KNOWN_WEEKS = Map.of(LocalDate.parse("2017-03-20"),
			new LocalDate[] { LocalDate.parse("2017-01-28"), LocalDate.parse("2017-02-03") });

	private static final Pattern FILE_DATE = Pattern.compile("ddor-(\\d{4}-\\d{2}-\\d{2})");

	private DeclinedDetainerReport() {
	}

	static Map<String, Object> properties(ImportFile file, ImportArguments arguments) {
		Optional<LocalDate> published = arguments.date("published");
		Matcher matcher = FILE_DATE.matcher(file.name());
		if (published.isEmpty() && matcher.find()) {
			published = Optional.of(LocalDate.parse(matcher.group(1)));
		}
		if (published.isEmpty()) {
			throw new GraphException(file.name() + ": cannot tell which Declined Detainer Outcome Report it is from; name the file "
					+ "ddor-<published YYYY-MM-DD>-*.csv or give --published YYYY-MM-DD");
		}
		LocalDate[] known = KNOWN_WEEKS.get(published.get());
		LocalDate start = arguments.date("period-start").orElse(known != null ? known[0] : null);
		LocalDate end = arguments.date("period-end").orElse(known != null ? known[1] : null);
		if (start == null || end == null) {
			throw new GraphException(file.name() + ": the week the report of " + published.get()
					+ " covers is not known; give --period-start YYYY-MM-DD and --period-end YYYY-MM-DD");
		}
		Map<String, Object> report = new HashMap<>();
		report.put("id", "report:ice-ddor-" + start);
		report.put("kind", KIND);
		report.put("title", "Declined Detainer Outcome Report, " + start + " to " + end);
		report.put("publisher", "U.S. Immigration and Customs Enforcement");
		report.put("published", published.get());
		report.put("periodStart", start);
		report.put("periodEnd", end);
		return report;
	}

}
