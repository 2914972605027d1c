package org.enforcementgraph.imports.ice287g;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.enforcementgraph.agency.AgencyKinds;
import org.enforcementgraph.county.CountyNames;

/**
 * An agency as the lists show it: its newest name (the others kept as aliases), kind, ICE's type, state and county,
 * when the lists first and last showed it, and each change of name, county or type between lists.
 */
final class AgencyFacts {

	private AgencyFacts() {
	}

	/** @param entries the agency's entries in time order */
	static void add(DerivedGraph graph, Observations observations, String agencyId, List<ListEntry> entries) {
		ListEntry newest = entries.get(entries.size() - 1);
		Map<Snapshot, List<ListEntry>> byList = new TreeMap<>();
		entries.forEach(e -> byList.computeIfAbsent(observations.snapshotOf(e), s -> new ArrayList<>()).add(e));
		String name = mostPrinted(byList.get(observations.snapshotOf(newest)), ListEntry::agencyName);
		String iceType = entries.stream().map(ListEntry::iceType).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", name);
		TreeSet<String> otherNames = new TreeSet<>(entries.stream().map(ListEntry::agencyName).toList());
		otherNames.remove(name);
		// A text, " | " between names, as the full-text index and other sources' agencies have it.
		properties.put("aliases", otherNames.isEmpty() ? null : String.join(" | ", otherNames));
		properties.put("kind", AgencyKinds.of(name, iceType));
		properties.put("iceType", iceType);
		properties.put("state", newest.state());
		properties.put("firstSeen", observations.snapshotOf(entries.get(0)).date());
		properties.put("lastSeen", observations.snapshotOf(newest).date());
		county(properties, observations, entries, name);
		graph.node("Agency", agencyId, properties);
		String firstSource = entries.get(0).sourceId();
		graph.edge("IN_STATE", "Agency", agencyId, "State", "state:" + newest.state(), Map.of("sources", List.of(firstSource)));
		entries.stream().map(ListEntry::sourceId).distinct()
			.forEach(source -> graph.edge("SEEN_IN", "Agency", agencyId, "Source", source, Map.of()));
		changes(graph, observations, agencyId, byList);
	}

	private static void county(Map<String, Object> properties, Observations observations, List<ListEntry> entries, String name) {
		ListEntry named = entries.stream().filter(e -> e.countyName() != null).reduce((a, b) -> b).orElse(null);
		String county = (named != null) ? named.countyName() : null;
		String method = "COUNTY column of ICE's list";
		String source = (named != null) ? named.sourceId() : null;
		Optional<String> inName = CountyNames.inAgencyName(name, (String) properties.get("kind"));
		if (county == null && inName.isPresent()) {
			county = inName.get();
			method = "the agency's name";
			source = entries.get(0).sourceId();
		}
		if (county != null) {
			properties.put("countyName", county);
			properties.put("countyKey", CountyNames.key(county));
			properties.put("countyMethod", method);
			properties.put("countySource", source);
		}
	}

	/** Name, county and type as each participating list prints them, and where one list differs from the one before. */
	private static void changes(DerivedGraph graph, Observations observations, String agencyId,
			Map<Snapshot, List<ListEntry>> byList) {
		Map<String, Function<ListEntry, String>> fields = new LinkedHashMap<>();
		fields.put("name", ListEntry::agencyName);
		fields.put("countyName", ListEntry::countyName);
		fields.put("iceType", ListEntry::iceType);
		for (Map.Entry<String, Function<ListEntry, String>> field : fields.entrySet()) {
			Snapshot before = null;
			String previous = null;
			for (Map.Entry<Snapshot, List<ListEntry>> list : byList.entrySet()) {
				if (list.getKey().list() != Snapshot.ListKind.PARTICIPATING) {
					continue;
				}
				String value = mostPrinted(list.getValue(), field.getValue());
				if (value == null) {
					continue;
				}
				if (previous != null && !previous.equals(value)) {
					HistoryCorrections.add(graph, "Agency", agencyId, field.getKey(), previous, value,
							"ICE's list prints the agency's " + label(field.getKey()) + " differently", before, list.getKey());
				}
				previous = value;
				before = list.getKey();
			}
		}
	}

	private static String label(String field) {
		return switch (field) {
			case "countyName" -> "county";
			case "iceType" -> "type";
			default -> field;
		};
	}

	/** The value most rows of one list print (the first row's on a tie), or null when none prints one. */
	private static String mostPrinted(List<ListEntry> rows, Function<ListEntry, String> field) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		rows.stream().map(field).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
		return counts.entrySet().stream().reduce((a, b) -> (b.getValue() > a.getValue()) ? b : a).map(Map.Entry::getKey).orElse(null);
	}

}
