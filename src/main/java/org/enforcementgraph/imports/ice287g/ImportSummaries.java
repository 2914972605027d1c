package org.enforcementgraph.imports.ice287g;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.enforcementgraph.imports.ImportSummary;

/**
 * The counts printed after an import. For each list: what it shows compared with the list of the same kind just
 * before it in time (agreements new, listed again, gone), so the figures of a list do not depend on the order files
 * were imported in. For the run: what the import changed in the graph.
 */
final class ImportSummaries {

	private final Observations observations;

	private final DerivedGraph history;

	/** The snapshots that list each agreement. */
	private final Map<String, TreeSet<Snapshot>> listedIn = new HashMap<>();

	private final Set<String> renewals = new HashSet<>();

	ImportSummaries(Observations observations, DerivedGraph history) {
		this.observations = observations;
		this.history = history;
		Map<String, Snapshot> entrySnapshot = new HashMap<>();
		observations.entries.forEach(e -> entrySnapshot.put(e.id(), observations.snapshotOf(e)));
		for (DerivedGraph.Edge edge : history.edges().values()) {
			if (edge.type().equals("LISTED_AS")) {
				this.listedIn.computeIfAbsent(edge.from(), k -> new TreeSet<>()).add(entrySnapshot.get(edge.to()));
			}
			else if (edge.type().equals("SUPERSEDES")) {
				this.renewals.add(edge.from());
			}
		}
	}

	ImportSummary ofList(Snapshot list, int rowsRead, int cellsCleaned, int rowsRejected) {
		List<Snapshot> sameKind = (list.list() == Snapshot.ListKind.PARTICIPATING) ? this.observations.participating
				: this.observations.pending;
		int index = sameKind.indexOf(list);
		Snapshot previous = (index > 0) ? sameKind.get(index - 1) : null;
		Set<String> listed = new HashSet<>();
		Set<String> before = new HashSet<>();
		int created = 0;
		int renewed = 0;
		for (Map.Entry<String, TreeSet<Snapshot>> agreement : this.listedIn.entrySet()) {
			TreeSet<Snapshot> lists = agreement.getValue();
			if (lists.contains(list)) {
				listed.add(agreement.getKey());
				if (lists.stream().filter(s -> s.list() == list.list()).findFirst().orElseThrow().equals(list)) {
					created++;
					renewed += this.renewals.contains(agreement.getKey()) ? 1 : 0;
				}
			}
			if (previous != null && lists.contains(previous)) {
				before.add(agreement.getKey());
			}
		}
		Set<String> kept = new HashSet<>(listed);
		kept.retainAll(before);
		Set<String> gone = new HashSet<>(before);
		gone.removeAll(listed);
		String what = (list.list() == Snapshot.ListKind.PARTICIPATING) ? "agreements" : "requests";
		long changes = this.history.nodes().values().stream()
			.filter(n -> n.label().equals("Correction") && list.date().equals(n.properties().get("changedOn")))
			.count();
		return new ImportSummary().add("rows read", rowsRead)
			.add(what + " listed", listed.size())
			.add(what + " new", created)
			.add("of them renewals", renewed)
			.add(what + " unchanged since the list before", kept.size())
			.add(what + " listed again", listed.size() - created - kept.size())
			.add(what + " gone since the list before", gone.size())
			.add("corrections applied", cellsCleaned + (int) changes)
			.add("rows rejected", rowsRejected);
	}

	/** What the run changed: agreements and agencies added to the graph, agreements that ended or were renewed. */
	static ImportSummary total(DerivedGraph before, DerivedGraph after, int rowsRead, int cellsCleaned, int rowsRejected) {
		return new ImportSummary().add("rows read", rowsRead)
			.add("agreements new", (int) added(before, after, "Agreement"))
			.add("agreements ended", (int) statusChanges(before, after, "ENDED"))
			.add("agreements superseded", (int) statusChanges(before, after, "SUPERSEDED"))
			.add("agencies new", (int) added(before, after, "Agency"))
			.add("corrections applied", cellsCleaned + (int) added(before, after, "Correction"))
			.add("rows rejected", rowsRejected);
	}

	private static long added(DerivedGraph before, DerivedGraph after, String label) {
		return after.nodes().values().stream().filter(n -> n.label().equals(label) && !before.has(n.id())).count();
	}

	private static long statusChanges(DerivedGraph before, DerivedGraph after, String status) {
		return after.nodes().values().stream()
			.filter(n -> n.label().equals("Agreement") && status.equals(n.properties().get("status")))
			.filter(n -> !before.has(n.id()) || !status.equals(before.nodes().get(n.id()).properties().get("status")))
			.count();
	}

}
