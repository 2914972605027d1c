package org.enforcementgraph.imports.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.PartialDate;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;

/**
 * The three tables rebuilt from the first Declined Detainer Outcome Report: Section I's top ten ({@code rank, county,
 * state, detainers_issued}), Section III's jurisdictions with limiting policies ({@code jurisdiction, state, aor,
 * date_enacted, policy_name, policy_text_or_summary}) and the totals ({@code metric, value}); every row with its
 * {@code source_url} and {@code source_quote}.
 */
final class DeclinedDetainerFiles {

	static final List<String> TOP10 = List.of("rank", "county", "state", "detainers_issued", "source_url", "source_quote");

	static final List<String> POLICIES = List.of("jurisdiction", "state", "aor", "date_enacted", "policy_name",
			"policy_text_or_summary", "source_url", "source_quote");

	static final List<String> TOTALS = List.of("metric", "value", "source_url", "source_quote");

	/** ICE's correction of the first report, as the curated notes quote it (AILA): those counties' figures were wrong. */
	static final String CORRECTION_NOTE = "Named in ICE's correction";

	private static final Map<String, String> METRICS = Map.of("declined_detainers_recorded", "detainersDeclined",
			"detainers_issued_to_top10_noncooperative", "detainersIssuedToTopTen", "report_pages", "pages");

	private DeclinedDetainerFiles() {
	}

	static void top10(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		for (TableRow row : rows) {
			if (!sourced(row, rejected)) {
				continue;
			}
			Optional<Long> rank = Columns.value(row, "rank").flatMap(Numbers::count);
			Optional<Long> issued = Columns.value(row, "detainers_issued").flatMap(Numbers::count);
			Optional<String> county = Columns.value(row, "county");
			if (rank.isEmpty() || issued.isEmpty() || county.isEmpty()) {
				Columns.reject(row, rejected, rank.isEmpty() ? "rank" : issued.isEmpty() ? "detainers_issued" : "county",
						"is not a rank, a count or a county name");
				continue;
			}
			Map<String, Object> figures = new TreeMap<>();
			figures.put("detainersIssued", issued.get());
			figures.put("section", "I: non-cooperative jurisdictions with the most detainers issued");
			if (Columns.text(row, "notes").contains(CORRECTION_NOTE)) {
				figures.put("withdrawnByIce", true);
			}
			mention(batch, row, "section-i", county.get(), rank.get().intValue(), figures, issued.get(), "county");
		}
	}

	static void policies(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		for (TableRow row : rows) {
			if (!sourced(row, rejected)) {
				continue;
			}
			Optional<String> jurisdiction = Columns.value(row, "jurisdiction");
			if (jurisdiction.isEmpty()) {
				Columns.reject(row, rejected, "jurisdiction", "is empty: which jurisdiction does the row name?");
				continue;
			}
			Optional<String> enacted = Columns.value(row, "date_enacted");
			if (enacted.isPresent() && PartialDate.parse(enacted.get()).isEmpty()) {
				Columns.reject(row, rejected, "date_enacted", PartialDate.EXPECTED);
				continue;
			}
			Map<String, Object> figures = new TreeMap<>();
			figures.put("section", "III: jurisdictions that have enacted policies which limit cooperation with ICE");
			Columns.value(row, "aor").ifPresent(v -> figures.put("areaOfResponsibility", v));
			enacted.ifPresent(v -> figures.put("dateEnacted", v));
			Columns.value(row, "policy_name").ifPresent(v -> figures.put("policy", v));
			Columns.value(row, "policy_text_or_summary").ifPresent(v -> figures.put("criteria", v));
			for (String part : Jurisdictions.parts(jurisdiction.get())) {
				mention(batch, row, "section-iii", part, null, figures, null, "jurisdiction");
			}
		}
	}

	static void totals(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		for (TableRow row : rows) {
			if (!sourced(row, rejected)) {
				continue;
			}
			String metric = Columns.text(row, "metric").strip();
			Optional<Long> value = Columns.value(row, "value").flatMap(Numbers::count);
			if (value.isEmpty()) {
				Columns.reject(row, rejected, "value", "is not a whole number");
				continue;
			}
			QuotedSources.Passage passage = passage(row);
			if (metric.startsWith("detainers_issued_nationwide")) {
				batch.figure("detainersIssued", value.get(), passage);
			}
			else if (METRICS.containsKey(metric)) {
				batch.figure(METRICS.get(metric), value.get(), passage);
			}
			else if (metric.matches("declined_by_[a-z_]+_[a-z]{2}")) {
				String[] words = metric.substring("declined_by_".length()).split("_");
				String state = words[words.length - 1].toUpperCase(Locale.ROOT);
				String name = capitalized(List.of(words).subList(0, words.length - 1));
				Map<String, Object> figures = new TreeMap<>(Map.of("detainersDeclined", value.get(), "section",
						"II: detainers declined during the week"));
				batch.mention(new ReportBatch.Mention("section-ii", name, name, state, null, figures, value.get(),
						List.of(passage.id()), row.number(), "metric"), passage);
			}
			else {
				Columns.reject(row, rejected, "metric", "is not a figure of this report (expected detainers_issued_nationwide_*, "
						+ String.join(", ", METRICS.keySet().stream().sorted().toList()) + " or declined_by_<county>_<st>)");
			}
		}
	}

	private static void mention(ReportBatch batch, TableRow row, String key, String name, Integer rank,
			Map<String, Object> figures, Number sortValue, String column) {
		QuotedSources.Passage passage = passage(row);
		batch.mention(new ReportBatch.Mention(key, name + ", " + Columns.text(row, "state").strip(), name,
				Columns.text(row, "state").strip(), rank, figures, sortValue, List.of(passage.id()), row.number(), column),
				passage);
	}

	/** Whether the row names the page it comes from; rejects it otherwise. */
	static boolean sourced(TableRow row, RejectedRows rejected) {
		if (Columns.value(row, "source_url").filter(u -> u.matches("https?://\\S+")).isPresent()) {
			return true;
		}
		Columns.reject(row, rejected, "source_url", "is not a web address: every fact needs the page it comes from");
		return false;
	}

	static QuotedSources.Passage passage(TableRow row) {
		return new QuotedSources.Passage(Columns.text(row, "source_url"), Columns.text(row, "source_quote"));
	}

	private static String capitalized(List<String> words) {
		return String.join(" ", words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
	}

}
