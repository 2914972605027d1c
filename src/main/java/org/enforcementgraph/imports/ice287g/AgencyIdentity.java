package org.enforcementgraph.imports.ice287g;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.enforcementgraph.agency.AgencyIds;
import org.enforcementgraph.agency.AgencyKinds;
import org.enforcementgraph.agency.NameSimilarity;

/**
 * Which rows of which lists name the same agency. Rows whose names give the same key ({@link AgencyIds#key}) in the
 * same state are one agency. Beyond that, ICE respells agencies from one list to the next ("Lampass" → "Lampasas",
 * "Idaho State Police" → "Idaho State Police Department"): when, between two consecutive participating lists, a
 * name disappears and another appears in the same state, for the same model, with the same signing date, and the
 * names are alike ({@link #alike}), they are one agency too. Names that ever appear side by side in one list with
 * the same model stay apart.
 */
final class AgencyIdentity {

	private final Map<String, String> parent = new HashMap<>();

	private final Map<String, Set<Integer>> presence = new HashMap<>();

	/** Name keys by name: a few thousand names recur in tens of thousands of rows, and keys take regexes to make. */
	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

	/** The key of an entry's own name: state and name key, e.g. {@code TX:lampass-county-sheriffs-office}. */
	static String nameKey(ListEntry entry) {
		return entry.state() + ":" + key(entry.agencyName());
	}

	static String key(String name) {
		return KEYS.computeIfAbsent(name, AgencyIds::key);
	}

	/**
	 * @param participating the entries of each participating list, lists in time order
	 * @param all every entry of both lists, in time order then row
	 * @return for every name key of {@code all}, the name key of the agency it belongs to: the one seen first
	 */
	static Map<String, String> resolve(List<List<ListEntry>> participating, List<ListEntry> all) {
		AgencyIdentity identity = new AgencyIdentity();
		for (int i = 0; i < participating.size(); i++) {
			for (ListEntry entry : participating.get(i)) {
				identity.presence.computeIfAbsent(nameKey(entry) + "|" + entry.model(), k -> new HashSet<>()).add(i);
			}
		}
		for (int i = 0; i + 1 < participating.size(); i++) {
			identity.matchRespellings(participating.get(i), participating.get(i + 1));
		}
		// The agency's key is the name key seen first (lists in time order, then row), so it stays put as lists are added.
		Map<String, String> firstOfCluster = new LinkedHashMap<>();
		Map<String, String> resolved = new LinkedHashMap<>();
		for (ListEntry entry : all) {
			String key = nameKey(entry);
			resolved.put(key, firstOfCluster.computeIfAbsent(identity.find(key), root -> key));
		}
		return resolved;
	}

	private void matchRespellings(List<ListEntry> before, List<ListEntry> after) {
		Map<String, ListEntry> gone = byNameAndModel(before);
		Map<String, ListEntry> came = byNameAndModel(after);
		Set<String> both = new HashSet<>(gone.keySet());
		both.retainAll(came.keySet());
		gone.keySet().removeAll(both);
		came.keySet().removeAll(both);
		Map<String, List<ListEntry>> cameByGroup = new HashMap<>();
		came.values().forEach(e -> cameByGroup.computeIfAbsent(group(e), g -> new ArrayList<>()).add(e));
		Map<String, List<ListEntry>> goneByGroup = new HashMap<>();
		gone.values().forEach(e -> goneByGroup.computeIfAbsent(group(e), g -> new ArrayList<>()).add(e));
		for (Map.Entry<String, List<ListEntry>> group : goneByGroup.entrySet()) {
			List<ListEntry> candidates = cameByGroup.getOrDefault(group.getKey(), List.of());
			for (ListEntry old : group.getValue()) {
				ListEntry best = best(old, candidates);
				if (best != null && best(best, group.getValue()) == old && neverSideBySide(old, best)) {
					union(nameKey(old), nameKey(best));
				}
			}
		}
	}

	/** Same state, same model, same known signing date. */
	private static String group(ListEntry entry) {
		return entry.state() + "|" + entry.model() + "|" + Objects.requireNonNullElse(entry.signedOn(), "?");
	}

	private static Map<String, ListEntry> byNameAndModel(List<ListEntry> entries) {
		Map<String, ListEntry> byKey = new LinkedHashMap<>();
		entries.stream()
			.filter(e -> e.signedOn() != null)
			.forEach(e -> byKey.putIfAbsent(nameKey(e) + "|" + e.model(), e));
		return byKey;
	}

	private static ListEntry best(ListEntry entry, List<ListEntry> candidates) {
		return candidates.stream()
			.filter(c -> alike(entry.agencyName(), c.agencyName()))
			.max(Comparator.comparingDouble((ListEntry c) -> score(entry, c)).thenComparing(ListEntry::id))
			.orElse(null);
	}

	private static double score(ListEntry a, ListEntry b) {
		String keyA = key(a.agencyName());
		String keyB = key(b.agencyName());
		return NameSimilarity.wordOverlap(keyA, keyB) + NameSimilarity.ratio(keyA, keyB);
	}

	/**
	 * Two names of one agency: the same kind of agency (or one of unknown kind), and the distinctive words of one all
	 * found in the other, or most of them with the spelling close.
	 */
	static boolean alike(String nameA, String nameB) {
		String kindA = AgencyKinds.of(nameA, null);
		String kindB = AgencyKinds.of(nameB, null);
		if (!kindA.equals(kindB) && !kindA.equals("OTHER") && !kindB.equals("OTHER")) {
			return false;
		}
		String keyA = key(nameA);
		String keyB = key(nameB);
		double overlap = NameSimilarity.wordOverlap(keyA, keyB);
		return overlap >= 0.99 || (overlap >= 0.6 && NameSimilarity.ratio(keyA, keyB) >= 0.75);
	}

	private boolean neverSideBySide(ListEntry a, ListEntry b) {
		Set<Integer> listsOfA = this.presence.getOrDefault(nameKey(a) + "|" + a.model(), Set.of());
		return this.presence.getOrDefault(nameKey(b) + "|" + b.model(), Set.of()).stream().noneMatch(listsOfA::contains);
	}

	private String find(String key) {
		String root = key;
		while (this.parent.containsKey(root)) {
			root = this.parent.get(root);
		}
		return root;
	}

	private void union(String a, String b) {
		String rootA = find(a);
		String rootB = find(b);
		if (!rootA.equals(rootB)) {
			this.parent.put(rootB, rootA);
		}
	}

}
