package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The agreements of one agency and one model, from the lists that show them. A run is a stretch of consecutive
 * participating lists that list the pair. A run continues the previous agreement when it starts with a signing date
 * that agreement was printed with (or with none that can be read): the agreement left the list and came back. A run
 * that starts with another signing date is a renewal: a new agreement that supersedes the previous one. Within an
 * agreement, a signing date printed differently from one list to the next is a correction, not a new agreement.
 * Pending entries belong to the agreement whose next run comes after them; those followed by none are an
 * application still pending or withdrawn.
 */
final class AgreementRuns {

	/** One participating list showing the pair: the entry read as its row and any duplicate rows of the same list. */
	record Listing(int list, ListEntry shown, List<ListEntry> all) {
	}

	/** An agreement as assembled: its runs of listings, the pending entries before it, the agreement it renewed. */
	static final class Assembled {

		final List<List<Listing>> runs = new ArrayList<>();

		final List<ListEntry> pending = new ArrayList<>();

		final Set<LocalDate> printedDates = new LinkedHashSet<>();

		final Assembled renewed;

		Assembled(Assembled renewed) {
			this.renewed = renewed;
		}

		void add(List<Listing> run) {
			this.runs.add(run);
			run.stream().map(l -> l.shown().signedOn()).filter(Objects::nonNull).forEach(this.printedDates::add);
		}

		boolean isPendingOnly() {
			return this.runs.isEmpty();
		}

		List<Listing> listings() {
			return this.runs.stream().flatMap(List::stream).toList();
		}

		/** The signing date first printed: the key of its id, which new lists do not change. */
		LocalDate firstPrinted() {
			return this.printedDates.stream().findFirst().orElse(null);
		}

	}

	private AgreementRuns() {
	}

	/** @param entries one agency's entries for one model, in time order */
	static List<Assembled> assemble(Observations observations, List<ListEntry> entries) {
		List<Assembled> agreements = new ArrayList<>();
		for (List<Listing> run : runs(observations, entries)) {
			LocalDate firstKnown = run.stream().map(l -> l.shown().signedOn()).filter(Objects::nonNull).findFirst().orElse(null);
			Assembled last = agreements.isEmpty() ? null : agreements.get(agreements.size() - 1);
			if (last != null && (firstKnown == null || last.printedDates.contains(firstKnown))) {
				last.add(run);
			}
			else {
				Assembled next = new Assembled(last);
				next.add(run);
				agreements.add(next);
			}
		}
		Assembled application = null;
		for (ListEntry entry : entries) {
			if (observations.isParticipating(entry)) {
				continue;
			}
			Snapshot listed = observations.snapshotOf(entry);
			Assembled next = agreements.stream()
				.filter(a -> a.runs.stream().anyMatch(r -> observations.participating.get(r.get(0).list()).compareTo(listed) > 0))
				.findFirst()
				.orElse(null);
			if (next == null) {
				if (application == null) {
					application = new Assembled(null);
				}
				next = application;
			}
			next.pending.add(entry);
		}
		if (application != null) {
			agreements.add(application);
		}
		return agreements;
	}

	private static List<List<Listing>> runs(Observations observations, List<ListEntry> entries) {
		TreeMap<Integer, List<ListEntry>> byList = observations.byParticipatingList(entries);
		Map<LocalDate, Integer> printings = new HashMap<>();
		byList.values().forEach(rows -> rows.stream().map(ListEntry::signedOn).filter(Objects::nonNull)
			.forEach(date -> printings.merge(date, 1, Integer::sum)));
		List<List<Listing>> runs = new ArrayList<>();
		int previous = -2;
		for (Map.Entry<Integer, List<ListEntry>> list : byList.entrySet()) {
			if (list.getKey() != previous + 1) {
				runs.add(new ArrayList<>());
			}
			runs.get(runs.size() - 1).add(new Listing(list.getKey(), shown(list.getValue(), printings), list.getValue()));
			previous = list.getKey();
		}
		return runs;
	}

	/**
	 * The row that stands for a list that prints the pair twice: the one whose signing date the lists print most
	 * often, then the first.
	 */
	private static ListEntry shown(List<ListEntry> rows, Map<LocalDate, Integer> printings) {
		return rows.stream()
			.max(Comparator.comparingInt((ListEntry e) -> (e.signedOn() != null) ? printings.get(e.signedOn()) : 0)
				.thenComparing(Comparator.comparingInt(ListEntry::row).reversed()))
			.orElseThrow();
	}

}
