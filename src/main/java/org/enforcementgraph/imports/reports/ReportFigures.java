package org.enforcementgraph.imports.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.PartialDate;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.GraphException;

/**
 * The figures a report or study publishes for the whole country, one row per figure, with the report named on every
 * row (README, "Report figures" format): {@code report, kind, title, publisher, published, period_start, period_end,
 * metric, value, source_url, source_quote}. The curated ILRC 2016 national figures and the Declined Detainer Outcome
 * Report totals ship in this format.
 */
final class ReportFigures {

	static final List<String> COLUMNS = List.of("report", "kind", "title", "metric", "value", "source_url", "source_quote");

	private static final List<String> REPORT_COLUMNS = List.of("report", "kind", "title", "publisher", "published",
			"period_start", "period_end");

	private ReportFigures() {
	}

	/** The report the rows name; every row must name the same one. */
	static Map<String, Object> properties(String file, List<TableRow> rows) {
		if (rows.isEmpty()) {
			throw new GraphException(file + ": has no figures");
		}
		TableRow first = rows.get(0);
		for (TableRow row : rows) {
			for (String column : REPORT_COLUMNS) {
				if (!Columns.text(row, column).strip().equals(Columns.text(first, column).strip())) {
					throw row.problem(column.toUpperCase(java.util.Locale.ROOT), "differs from row " + first.number()
							+ ": a file of figures holds one report");
				}
			}
		}
		String id = Columns.value(first, "report").filter(v -> v.matches("report:[a-z0-9-]+"))
			.orElseThrow(() -> first.problem("REPORT", "is not a report id like report:ilrc-searching-for-sanctuary-2016"));
		Map<String, Object> report = new HashMap<>();
		report.put("id", id);
		report.put("kind", Columns.value(first, "kind").orElseThrow(() -> first.problem("KIND", "is empty")));
		report.put("title", Columns.value(first, "title").orElseThrow(() -> first.problem("TITLE", "is empty")));
		report.put("publisher", Columns.value(first, "publisher").orElse(null));
		report.put("published", date(first, "published"));
		report.put("periodStart", date(first, "period_start"));
		report.put("periodEnd", date(first, "period_end"));
		return report;
	}

	static void read(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		for (TableRow row : rows) {
			if (!DeclinedDetainerFiles.sourced(row, rejected)) {
				continue;
			}
			Optional<String> metric = Columns.value(row, "metric").filter(m -> m.matches("[A-Za-z][A-Za-z0-9]*"));
			if (metric.isEmpty()) {
				Columns.reject(row, rejected, "metric", "is not a figure name (letters and digits, e.g. countiesWith287g)");
				continue;
			}
			String value = Columns.text(row, "value").strip();
			Object figure = Numbers.count(value).<Object>map(n -> n).orElse(value);
			batch.figure(metric.get(), figure, DeclinedDetainerFiles.passage(row));
		}
	}

	private static java.time.LocalDate date(TableRow row, String column) {
		Optional<String> text = Columns.value(row, column);
		if (text.isEmpty()) {
			return null;
		}
		return PartialDate.parse(text.get())
			.map(PartialDate::exact)
			.orElseThrow(() -> row.problem(column.toUpperCase(java.util.Locale.ROOT), "is not a date YYYY-MM-DD"));
	}

}
