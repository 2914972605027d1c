package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enforcementgraph.system.Cypher;

/**
 * Reads and writes what the 287(g) history is made of: the list snapshots (Sources), their entries
 * ({@code ListEntry} nodes) and, to compare with a new derivation, the history as the graph holds it now.
 */
final class ListStore {

	static final List<String> LISTS = List.of(Snapshot.ListKind.PARTICIPATING.code, Snapshot.ListKind.PENDING.code);

	/** The properties of an Agency node this history writes; other importers may write others. */
	static final List<String> AGENCY_PROPERTIES = List.of("name", "aliases", "kind", "iceType", "state", "firstSeen",
			"lastSeen", "countyName", "countyKey", "countyMethod", "countySource");

	private final Cypher cypher;

	ListStore(Cypher cypher) {
		this.cypher = cypher;
	}

	Map<String, Snapshot> snapshots() {
		Map<String, Snapshot> snapshots = new LinkedHashMap<>();
		for (Map<String, Object> row : this.cypher.rows("""
				MATCH (s:Source) WHERE s.list IN $lists AND s.snapshotAt IS NOT NULL
				RETURN s.id AS id, s.list AS list, s.snapshotDate AS date, s.snapshotAt AS at""", Map.of("lists", LISTS))) {
			String id = (String) row.get("id");
			snapshots.put(id, new Snapshot(id, Snapshot.ListKind.of((String) row.get("list")), (LocalDate) row.get("date"),
					((ZonedDateTime) row.get("at")).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
		}
		return snapshots;
	}

	/** Every entry of every list, read a list per row (a row per entry took 1.9 s of an import, a list per row 1.1 s). */
	List<ListEntry> entries() {
		List<ListEntry> entries = new ArrayList<>();
		String query = "MATCH (e:ListEntry) RETURN e.sourceId AS list, collect(properties(e)) AS entries";
		for (Map<String, Object> row : this.cypher.rows(query, Map.of())) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> listed = (List<Map<String, Object>>) row.get("entries");
			for (Map<String, Object> e : listed) {
				entries.add(new ListEntry((String) e.get("id"), (String) e.get("sourceId"), ((Number) e.get("row")).intValue(),
						(String) e.get("sheet"), (String) e.get("state"), (String) e.get("agencyName"), (String) e.get("iceType"),
						(String) e.get("countyName"), (String) e.get("model"), (LocalDate) e.get("signedOn"),
						(String) e.get("moaUrl"), (String) e.get("moaArchiveUrl"), (String) e.get("addendumUrl"),
						(String) e.get("printed")));
			}
		}
		return entries;
	}

	/** Writes the entries of all the lists read, in one statement: one per list costs a plan per size of list. */
	void writeEntries(List<ListImport.ListFile> files) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ListImport.ListFile file : files) {
			Snapshot snapshot = file.snapshot();
			for (ListEntry e : file.entries()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", e.id());
				row.put("sourceId", e.sourceId());
				row.put("list", snapshot.list().code);
				row.put("snapshotDate", snapshot.date());
				row.put("row", e.row());
				row.put("sheet", e.sheet());
				row.put("state", e.state());
				row.put("agencyName", e.agencyName());
				row.put("iceType", e.iceType());
				row.put("countyName", e.countyName());
				row.put("model", e.model());
				row.put("signedOn", e.signedOn());
				row.put("moaUrl", e.moaUrl());
				row.put("moaArchiveUrl", e.moaArchiveUrl());
				row.put("addendumUrl", e.addendumUrl());
				row.put("printed", e.printed());
				rows.add(row);
			}
		}
		this.cypher.run("""
				UNWIND $rows AS row
				MATCH (source:Source {id: row.sourceId})
				CREATE (e:ListEntry) SET e = row
				CREATE (e)-[:CITES]->(source)""", Map.of("rows", rows));
	}

	/**
	 * The history as the graph holds it: what a new derivation is compared with. Only what the lists made is read (an
	 * agreement a writer entered by hand is no part of it, and stays as entered), one row per node with its
	 * relationships: with a row per relationship (~90,000) the reading took 4.3 s of an import, this way 2.9 s.
	 */
	DerivedGraph history() {
		DerivedGraph graph = new DerivedGraph();
		for (Map<String, Object> row : this.cypher.rows("""
				MATCH (n:Agreement {program: 'SECTION_287G'}) WHERE EXISTS { (n)-[:SEEN_IN]->(s:Source) WHERE s.list IN $lists }
				RETURN 'Agreement' AS label, n.id AS id, properties(n) AS p,
				       COLLECT { MATCH (n)-[r:WITH|SEEN_IN|LISTED_AS|SUPERSEDES]->(b)
				                 RETURN [type(r), labels(b)[0], b.id] + CASE WHEN size(keys(r)) > 0 THEN [properties(r)] ELSE [] END } AS out,
				       COLLECT { MATCH (a:Agency)-[r:PARTY_TO]->(n) RETURN [type(r), 'Agency', a.id, properties(r)] } AS in
				UNION ALL
				MATCH (n:Correction {kind: 'SOURCE_CHANGE', importer: $importer})
				RETURN 'Correction' AS label, n.id AS id, properties(n) AS p,
				       COLLECT { MATCH (n)-[r:CORRECTS|CITES]->(b) RETURN [type(r), labels(b)[0], b.id, properties(r)] } AS out, [] AS in
				UNION ALL
				MATCH (n:Agency) WHERE EXISTS { (n)-[:SEEN_IN]->(s:Source) WHERE s.list IN $lists }
				RETURN 'Agency' AS label, n.id AS id, properties(n) AS p,
				       COLLECT { MATCH (n)-[r:SEEN_IN]->(b:Source) WHERE b.list IN $lists
				                 RETURN ['SEEN_IN', 'Source', b.id] + CASE WHEN size(keys(r)) > 0 THEN [properties(r)] ELSE [] END }
				       + COLLECT { MATCH (n)-[r:IN_STATE]->(b:State)
				                   WITH b, [id IN coalesce(r.sources, []) WHERE EXISTS { (:Source {id: id, list: $participating}) }
				                                                           OR EXISTS { (:Source {id: id, list: $pending}) }] AS ours
				                   WHERE size(ours) > 0
				                   RETURN ['IN_STATE', 'State', b.id, {sources: ours}] } AS out, [] AS in""",
				Map.of("lists", LISTS, "importer", HistoryCorrections.IMPORTER, "participating", LISTS.get(0), "pending", LISTS.get(1)))) {
			String label = (String) row.get("label");
			String id = (String) row.get("id");
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("p"));
			properties.remove("id");
			if ("Agency".equals(label)) {
				properties.keySet().retainAll(AGENCY_PROPERTIES);
			}
			graph.node(label, id, properties);
			for (List<?> out : relationships(row.get("out"))) {
				graph.edge((String) out.get(0), label, id, (String) out.get(1), (String) out.get(2), properties(out));
			}
			for (List<?> in : relationships(row.get("in"))) {
				graph.edge((String) in.get(0), (String) in.get(1), (String) in.get(2), label, id, properties(in));
			}
		}
		return graph;
	}

	/** Each relationship of a row as {@code [type, label of the other node, its id, properties if any]}. */
	@SuppressWarnings("unchecked")
	private static List<List<?>> relationships(Object column) {
		return (List<List<?>>) column;
	}

	/** The properties of a relationship read by {@link #relationships}: none are left out rather than sent empty. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(List<?> relationship) {
		return (relationship.size() > 3) ? (Map<String, Object>) relationship.get(3) : Map.of();
	}

}
