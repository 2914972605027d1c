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

	List<ListEntry> entries() {
		List<ListEntry> entries = new ArrayList<>();
		for (Map<String, Object> row : this.cypher.rows("MATCH (e:ListEntry) RETURN properties(e) AS e", Map.of())) {
			@SuppressWarnings("unchecked")
			Map<String, Object> e = (Map<String, Object>) row.get("e");
			entries.add(new ListEntry((String) e.get("id"), (String) e.get("sourceId"), ((Number) e.get("row")).intValue(),
					(String) e.get("sheet"), (String) e.get("state"), (String) e.get("agencyName"), (String) e.get("iceType"),
					(String) e.get("countyName"), (String) e.get("model"), (LocalDate) e.get("signedOn"),
					(String) e.get("moaUrl"), (String) e.get("moaArchiveUrl"), (String) e.get("addendumUrl"),
					(String) e.get("printed")));
		}
		return entries;
	}

	void writeEntries(Snapshot snapshot, List<ListEntry> entries) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ListEntry e : entries) {
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
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $rows AS row
				CREATE (e:ListEntry) SET e = row
				CREATE (e)-[:CITES]->(source)""", Map.of("sourceId", snapshot.sourceId(), "rows", rows));
	}

	/** The history as the graph holds it: what a new derivation is compared with. */
	DerivedGraph history() {
		DerivedGraph graph = new DerivedGraph();
		for (Map<String, Object> row : this.cypher.rows("""
				MATCH (n:Agreement {program: 'SECTION_287G'}) RETURN 'Agreement' AS label, n.id AS id, properties(n) AS p
				UNION ALL
				MATCH (n:Correction {kind: 'SOURCE_CHANGE', importer: $importer}) RETURN 'Correction' AS label, n.id AS id, properties(n) AS p
				UNION ALL
				MATCH (n:Agency) WHERE EXISTS { (n)-[:SEEN_IN]->(s:Source) WHERE s.list IN $lists }
				RETURN 'Agency' AS label, n.id AS id, properties(n) AS p""",
				Map.of("lists", LISTS, "importer", HistoryCorrections.IMPORTER))) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("p"));
			properties.remove("id");
			if ("Agency".equals(row.get("label"))) {
				properties.keySet().retainAll(AGENCY_PROPERTIES);
			}
			graph.node((String) row.get("label"), (String) row.get("id"), properties);
		}
		for (Map<String, Object> row : this.cypher.rows("""
				MATCH (a:Agency)-[r:PARTY_TO]->(b:Agreement {program: 'SECTION_287G'})
				RETURN type(r) AS type, 'Agency' AS fromLabel, a.id AS from, 'Agreement' AS toLabel, b.id AS to, properties(r) AS p
				UNION ALL
				MATCH (a:Agreement {program: 'SECTION_287G'})-[r:WITH|SEEN_IN|LISTED_AS|SUPERSEDES]->(b)
				RETURN type(r) AS type, 'Agreement' AS fromLabel, a.id AS from, labels(b)[0] AS toLabel, b.id AS to, properties(r) AS p
				UNION ALL
				MATCH (a:Agency)-[r:SEEN_IN]->(b:Source) WHERE b.list IN $lists
				RETURN type(r) AS type, 'Agency' AS fromLabel, a.id AS from, 'Source' AS toLabel, b.id AS to, properties(r) AS p
				UNION ALL
				MATCH (a:Agency)-[r:IN_STATE]->(b:State) WHERE EXISTS { (a)-[:SEEN_IN]->(s:Source) WHERE s.list IN $lists }
				WITH a, r, b, [id IN coalesce(r.sources, []) WHERE EXISTS { (:Source {id: id, list: $participating}) }
				                                            OR EXISTS { (:Source {id: id, list: $pending}) }] AS ours
				WHERE size(ours) > 0
				RETURN type(r) AS type, 'Agency' AS fromLabel, a.id AS from, 'State' AS toLabel, b.id AS to, {sources: ours} AS p
				UNION ALL
				MATCH (a:Correction {kind: 'SOURCE_CHANGE', importer: $importer})-[r:CORRECTS|CITES]->(b)
				RETURN type(r) AS type, 'Correction' AS fromLabel, a.id AS from, labels(b)[0] AS toLabel, b.id AS to, properties(r) AS p""",
				Map.of("lists", LISTS, "importer", HistoryCorrections.IMPORTER, "participating", LISTS.get(0), "pending", LISTS.get(1)))) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("p");
			graph.edge((String) row.get("type"), (String) row.get("fromLabel"), (String) row.get("from"),
					(String) row.get("toLabel"), (String) row.get("to"), properties);
		}
		return graph;
	}

}
