package org.enforcementgraph.imports.ice287g;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All list entries the graph holds, ordered in time and grouped the ways the history needs: by list, by agency (once
 * {@link AgencyIdentity} resolved the names) and by agency and model.
 */
final class Observations {

	final List<Snapshot> participating;

	final List<Snapshot> pending;

	final Map<String, Snapshot> snapshots;

	final List<ListEntry> entries;

	/** Index of each participating snapshot in time order, by source id. */
	final Map<String, Integer> participatingIndex = new HashMap<>();

	/** Agency name key (the first seen of its names) of each entry's own name key. */
	final Map<String, String> agencyOf;

	Observations(Map<String, Snapshot> snapshots, List<ListEntry> entries) {
		this.snapshots = snapshots;
		Comparator<ListEntry> inTime = Comparator.comparing((ListEntry e) -> snapshots.get(e.sourceId()))
			.thenComparingInt(ListEntry::row);
		this.entries = entries.stream().sorted(inTime).toList();
		this.participating = snapshots.values().stream().filter(s -> s.list() == Snapshot.ListKind.PARTICIPATING).sorted().toList();
		this.pending = snapshots.values().stream().filter(s -> s.list() == Snapshot.ListKind.PENDING).sorted().toList();
		for (int i = 0; i < this.participating.size(); i++) {
			this.participatingIndex.put(this.participating.get(i).sourceId(), i);
		}
		Map<String, List<ListEntry>> perList = new HashMap<>();
		this.entries.forEach(e -> perList.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e));
		List<List<ListEntry>> participatingLists = this.participating.stream()
			.map(s -> perList.getOrDefault(s.sourceId(), List.of()))
			.toList();
		this.agencyOf = AgencyIdentity.resolve(participatingLists, this.entries);
	}

	Snapshot snapshotOf(ListEntry entry) {
		return this.snapshots.get(entry.sourceId());
	}

	boolean isParticipating(ListEntry entry) {
		return snapshotOf(entry).list() == Snapshot.ListKind.PARTICIPATING;
	}

	/** The entries of each agency (keyed by its name key), in time order. */
	Map<String, List<ListEntry>> byAgency() {
		Map<String, List<ListEntry>> byAgency = new TreeMap<>();
		for (ListEntry entry : this.entries) {
			byAgency.computeIfAbsent(this.agencyOf.get(AgencyIdentity.nameKey(entry)), k -> new ArrayList<>()).add(entry);
		}
		return byAgency;
	}

	/** An agency's entries by model, models in name order, each in time order. */
	static Map<String, List<ListEntry>> byModel(List<ListEntry> agencyEntries) {
		Map<String, List<ListEntry>> byModel = new TreeMap<>();
		agencyEntries.forEach(e -> byModel.computeIfAbsent(e.model(), k -> new ArrayList<>()).add(e));
		return byModel;
	}

	/** Participating entries by the index of their list, in time order. */
	TreeMap<Integer, List<ListEntry>> byParticipatingList(List<ListEntry> entries) {
		TreeMap<Integer, List<ListEntry>> byList = new TreeMap<>();
		entries.stream()
			.filter(this::isParticipating)
			.forEach(e -> byList.computeIfAbsent(this.participatingIndex.get(e.sourceId()), k -> new ArrayList<>()).add(e));
		return byList;
	}

}
