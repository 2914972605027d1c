package org.enforcementgraph.imports.laws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.enforcementgraph.imports.PartialDate;

/**
 * One law from all the rows of a file that name it (one row per kind). Where rows disagree the choice does not depend
 * on their order: the longest text (then the first alphabetically), the earliest date, every kind and agency kind.
 */
record LawRecord(List<LawRow> rows) {

	String id() {
		return this.rows.get(0).id();
	}

	/** The properties written on the Law node and the ids of the passages that back it. */
	Map<String, Object> properties() {
		Map<String, Object> law = new HashMap<>();
		law.put("id", id());
		law.put("state", this.rows.get(0).state());
		law.put("billId", longest(LawRow::billId));
		law.put("title", longest(LawRow::title));
		law.put("appliesTo", longest(LawRow::appliesTo));
		law.put("summary", joined(LawRow::summary));
		law.put("kinds", sorted(this.rows.stream().map(r -> r.kind().name()).toList()));
		law.put("appliesToKinds", sorted(this.rows.stream().flatMap(r -> r.appliesToKinds().stream()).toList()));
		law.put("enactedOn", earliest(LawRow::enacted, PartialDate::exact));
		law.put("effectiveOn", earliest(LawRow::effective, PartialDate::exact));
		law.put("deadline", earliest(LawRow::deadline, PartialDate::exact));
		law.put("enactedAsPrinted", longest(r -> r.enacted().map(PartialDate::asPrinted).orElse(null)));
		law.put("effectiveAsPrinted", longest(r -> r.effective().map(PartialDate::asPrinted).orElse(null)));
		law.put("deadlineAsPrinted", longest(r -> r.deadline().map(PartialDate::asPrinted).orElse(null)));
		law.put("inForceFrom", inForceFrom());
		law.put("sources", sorted(this.rows.stream().map(r -> r.passage().id()).toList()));
		return law;
	}

	/**
	 * The first day rules count the law as in force: the effective date, else the enactment date; when only a month
	 * or year is known, the last day of it, so the graph never says a law was in force before it could have been.
	 */
	LocalDate inForceFrom() {
		LocalDate exact = Optional.ofNullable(earliest(LawRow::effective, PartialDate::exact))
			.orElse(earliest(LawRow::enacted, PartialDate::exact));
		if (exact != null) {
			return exact;
		}
		return Optional.ofNullable(earliest(LawRow::effective, PartialDate::latest))
			.orElse(earliest(LawRow::enacted, PartialDate::latest));
	}

	private String longest(Function<LawRow, String> value) {
		return this.rows.stream()
			.map(value)
			.filter(Objects::nonNull)
			.max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
			.orElse(null);
	}

	/** Distinct texts in the order of the kinds they describe, so a law's summary covers every row. */
	private String joined(Function<LawRow, String> value) {
		List<String> texts = new ArrayList<>();
		this.rows.stream()
			.sorted(Comparator.comparing((LawRow r) -> r.kind().name()).thenComparing(r -> Objects.toString(value.apply(r), "")))
			.map(value)
			.filter(Objects::nonNull)
			.filter(t -> !texts.contains(t))
			.forEach(texts::add);
		return texts.isEmpty() ? null : String.join(" ", texts);
	}

	private LocalDate earliest(Function<LawRow, Optional<PartialDate>> date, Function<PartialDate, LocalDate> day) {
		return this.rows.stream()
			.map(date)
			.flatMap(Optional::stream)
			.map(day)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	private static List<String> sorted(List<String> values) {
		return List.copyOf(new TreeSet<>(values));
	}

}
