package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which facility each yearly row is, from everything the graph holds, so the answer does not depend on the
 * order files were imported in. Rules, strongest first:
 * <ol>
 * <li>a row whose name key, in its state, is the name of exactly one facility with a DETLOC is that facility;</li>
 * <li>rows with the same name key in the same state are one facility (across years);</li>
 * <li>a row whose name matches no DETLOC facility but whose street address and city are those of exactly one is
 * that facility;</li>
 * <li>rows at the same street address and city are one facility (a renamed facility).</li>
 * </ol>
 * No rule may join two facilities with different DETLOCs, or two rows of one fiscal year (ICE lists distinct
 * facilities at one address, e.g. Florence's processing center and staging facility). A facility without a DETLOC
 * is keyed {@code <ST>:<name key>} by the name its earliest row prints.
 */
final class FacilityIdentity {

	/** A facility with a DETLOC, as the lists that give DETLOCs print it. */
	record Reference(String id, String state, Set<String> nameKeys, Set<String> cityAddressKeys) {
	}

	/** A yearly row; {@code observation} (source and row) orders rows of one year. */
	record Year(String observation, int fiscalYear, String state, String nameKey, String cityAddressKey) {
	}

	private final List<Reference> references;

	private final List<Year> years;

	private final int[] parent;

	private final List<Set<String>> referencesOf = new ArrayList<>();

	private final List<Set<Integer>> yearsOf = new ArrayList<>();

	private FacilityIdentity(List<Reference> references, List<Year> years) {
		this.references = references.stream().sorted(Comparator.comparing(Reference::id)).toList();
		this.years = years.stream()
			.sorted(Comparator.comparingInt(Year::fiscalYear).thenComparing(Year::observation))
			.toList();
		int size = this.references.size() + this.years.size();
		this.parent = new int[size];
		for (int i = 0; i < size; i++) {
			this.parent[i] = i;
			this.referencesOf.add(new HashSet<>(i < this.references.size() ? Set.of(this.references.get(i).id()) : Set.of()));
			this.yearsOf.add(new HashSet<>(i < this.references.size() ? Set.of()
					: Set.of(this.years.get(i - this.references.size()).fiscalYear())));
		}
	}

	/** The facility id of each row, by its observation. */
	static Map<String, String> assign(List<Reference> references, List<Year> years) {
		return new FacilityIdentity(references, years).assign();
	}

	private Map<String, String> assign() {
		Map<String, Set<Integer>> byName = new HashMap<>();
		Map<String, Set<Integer>> byAddress = new HashMap<>();
		for (int r = 0; r < this.references.size(); r++) {
			Reference reference = this.references.get(r);
			for (String name : reference.nameKeys()) {
				byName.computeIfAbsent(reference.state() + "|" + name, k -> new HashSet<>()).add(r);
			}
			for (String address : reference.cityAddressKeys()) {
				byAddress.computeIfAbsent(reference.state() + "|" + address, k -> new HashSet<>()).add(r);
			}
		}
		int offset = this.references.size();
		Set<Integer> namedByReference = new HashSet<>();
		for (int y = 0; y < this.years.size(); y++) {
			Set<Integer> matches = byName.getOrDefault(nameKey(this.years.get(y)), Set.of());
			if (matches.size() == 1) {
				union(offset + y, matches.iterator().next());
				namedByReference.add(y);
			}
			else if (matches.size() > 1) {
				namedByReference.add(y);
			}
		}
		joinEqual(offset, FacilityIdentity::nameKey);
		for (int y = 0; y < this.years.size(); y++) {
			String address = addressKey(this.years.get(y));
			Set<Integer> matches = (address != null) ? byAddress.getOrDefault(address, Set.of()) : Set.of();
			if (!namedByReference.contains(y) && matches.size() == 1) {
				union(offset + y, matches.iterator().next());
			}
		}
		joinEqual(offset, FacilityIdentity::addressKey);
		return ids(offset);
	}

	/** Joins rows with the same key, each to the first row with that key, in row order. */
	private void joinEqual(int offset, java.util.function.Function<Year, String> key) {
		Map<String, Integer> first = new HashMap<>();
		for (int y = 0; y < this.years.size(); y++) {
			String k = key.apply(this.years.get(y));
			if (k == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(k, y);
			if (earlier != null) {
				union(offset + y, offset + earlier);
			}
		}
	}

	private Map<String, String> ids(int offset) {
		Map<Integer, String> idOfRoot = new HashMap<>();
		Set<String> taken = new HashSet<>();
		Map<String, String> ids = new HashMap<>();
		for (int y = 0; y < this.years.size(); y++) {
			int root = find(offset + y);
			String id = idOfRoot.get(root);
			if (id == null) {
				Set<String> detlocs = this.referencesOf.get(root);
				if (!detlocs.isEmpty()) {
					id = detlocs.iterator().next();
				}
				else {
					// years are in order, so this is the cluster's earliest row
					Year earliest = this.years.get(y);
					String base = "facility:" + earliest.state() + ":" + earliest.nameKey();
					id = base;
					for (int n = 2; taken.contains(id); n++) {
						id = base + "-" + n;
					}
				}
				idOfRoot.put(root, id);
				taken.add(id);
			}
			ids.put(this.years.get(y).observation(), id);
		}
		return ids;
	}

	private static String nameKey(Year year) {
		return year.state() + "|" + year.nameKey();
	}

	private static String addressKey(Year year) {
		return (year.cityAddressKey() != null) ? year.state() + "|" + year.cityAddressKey() : null;
	}

	/** Joins two clusters unless that would join two DETLOCs or two rows of one fiscal year. */
	private void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA == rootB) {
			return;
		}
		if (!this.referencesOf.get(rootA).isEmpty() && !this.referencesOf.get(rootB).isEmpty()) {
			return;
		}
		for (Integer year : this.yearsOf.get(rootA)) {
			if (this.yearsOf.get(rootB).contains(year)) {
				return;
			}
		}
		int keep = Math.min(rootA, rootB);
		int merged = Math.max(rootA, rootB);
		this.parent[merged] = keep;
		this.referencesOf.get(keep).addAll(this.referencesOf.get(merged));
		this.yearsOf.get(keep).addAll(this.yearsOf.get(merged));
	}

	private int find(int i) {
		while (this.parent[i] != i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return i;
	}

}
