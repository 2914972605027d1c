package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enforcementgraph.system.Cypher;

/**
 * Brings the graph from one derived history to the next by writing only what differs: nodes and relationships
 * added, changed or gone. {@code IN_STATE} is shared with other importers, so only this history's source ids are
 * added to or removed from its {@code sources}. Agencies other sources also cite are kept when the lists drop them.
 */
final class DerivedGraphWriter {

	/** Relationship types other importers write too. */
	static final Set<String> SHARED = Set.of("IN_STATE");

	/**
	 * Types a writer's {@code addAgreement} writes too: an agreement entered by hand is not part of the history read
	 * (no list shows it), so when a list then shows it, its relationships of these types may already be there.
	 */
	static final Set<String> ALSO_ENTERED_BY_HAND = Set.of("PARTY_TO", "WITH");

	private static final String NAME = "[A-Za-z_]+";

	private final Cypher cypher;

	DerivedGraphWriter(Cypher cypher) {
		this.cypher = cypher;
	}

	void write(DerivedGraph before, DerivedGraph after) {
		Map<String, List<Map<String, Object>>> goneEdges = new LinkedHashMap<>();
		before.edges().values().stream().filter(e -> !after.edges().containsKey(e.key()))
			.forEach(e -> goneEdges.computeIfAbsent(group(e), g -> new ArrayList<>()).add(edgeRow(e, null)));
		goneEdges.forEach((group, rows) -> this.cypher.run(deleteEdges(group), Map.of("rows", rows)));

		Map<String, List<String>> goneNodes = new LinkedHashMap<>();
		before.nodes().values().stream().filter(n -> !after.has(n.id()))
			.forEach(n -> goneNodes.computeIfAbsent(n.label(), l -> new ArrayList<>()).add(n.id()));
		goneNodes.forEach((label, ids) -> this.cypher.run(label.equals("Agency")
				? "UNWIND $ids AS id MATCH (n:Agency {id: id}) SET n += $cleared"
				: "UNWIND $ids AS id MATCH (n:`" + checked(label) + "` {id: id}) DETACH DELETE n",
				Map.of("ids", ids, "cleared", cleared(before, ids))));

		Map<String, List<Map<String, Object>>> changedNodes = new LinkedHashMap<>();
		for (DerivedGraph.Node node : after.nodes().values()) {
			DerivedGraph.Node old = before.nodes().get(node.id());
			if (old == null || !same(old.properties(), node.properties())) {
				Map<String, Object> properties = new HashMap<>(node.properties());
				if (old != null) {
					old.properties().keySet().forEach(key -> properties.putIfAbsent(key, null));
				}
				changedNodes.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(Map.of("id", node.id(), "properties", properties));
			}
		}
		changedNodes.forEach((label, rows) -> this.cypher.run("UNWIND $rows AS row MERGE (n:`" + checked(label)
				+ "` {id: row.id}) SET n += row.properties", Map.of("rows", rows)));

		Map<String, List<Map<String, Object>>> newEdges = new LinkedHashMap<>();
		Map<String, List<Map<String, Object>>> changedEdges = new LinkedHashMap<>();
		for (DerivedGraph.Edge edge : after.edges().values()) {
			DerivedGraph.Edge old = before.edges().get(edge.key());
			if (old == null && !SHARED.contains(edge.type()) && !ALSO_ENTERED_BY_HAND.contains(edge.type())) {
				newEdges.computeIfAbsent(group(edge), g -> new ArrayList<>()).add(edgeRow(edge, null));
			}
			else if (old == null || !same(old.properties(), edge.properties())) {
				changedEdges.computeIfAbsent(group(edge), g -> new ArrayList<>()).add(edgeRow(edge, old));
			}
		}
		newEdges.forEach((group, rows) -> this.cypher.run(createEdges(group), Map.of("rows", rows)));
		changedEdges.forEach((group, rows) -> this.cypher.run(mergeEdges(group), Map.of("rows", rows)));

		if (goneNodes.containsKey("Agency")) {
			this.cypher.run("UNWIND $ids AS id MATCH (n:Agency {id: id}) WHERE NOT EXISTS { (n)-[:CITES|SEEN_IN]->(:Source) }"
					+ " DETACH DELETE n", Map.of("ids", goneNodes.get("Agency")));
		}
	}

	/** The properties this history gave the agencies it no longer has, to remove. */
	private static Map<String, Object> cleared(DerivedGraph before, List<String> ids) {
		Map<String, Object> cleared = new HashMap<>();
		ids.forEach(id -> before.nodes().get(id).properties().keySet().forEach(key -> cleared.put(key, null)));
		return cleared;
	}

	private static String group(DerivedGraph.Edge edge) {
		return checked(edge.type()) + " " + checked(edge.fromLabel()) + " " + checked(edge.toLabel());
	}

	private static Map<String, Object> edgeRow(DerivedGraph.Edge edge, DerivedGraph.Edge old) {
		Map<String, Object> row = new HashMap<>();
		row.put("from", edge.from());
		row.put("to", edge.to());
		row.put("properties", edge.properties());
		if (SHARED.contains(edge.type())) {
			row.put("sources", edge.properties().getOrDefault("sources", List.of()));
			row.put("oldSources", (old != null) ? old.properties().getOrDefault("sources", List.of()) : List.of());
		}
		return row;
	}

	private static String deleteEdges(String group) {
		String[] parts = group.split(" ");
		String match = "UNWIND $rows AS row MATCH (a:`" + parts[1] + "` {id: row.from})-[r:`" + parts[0] + "`]->(b:`" + parts[2]
				+ "` {id: row.to}) ";
		if (SHARED.contains(parts[0])) {
			return match + "SET r.sources = [s IN coalesce(r.sources, []) WHERE NOT s IN row.sources]"
					+ " WITH r WHERE size(r.sources) = 0 DELETE r";
		}
		return match + "DELETE r";
	}

	/**
	 * Relationships of this history's own types that the history read from the graph did not have: the graph has none
	 * of them (they would have been read), so they are created without MERGE's search of the ones already there,
	 * which costs most of a first import on the dense Source nodes.
	 */
	private static String createEdges(String group) {
		String[] parts = group.split(" ");
		return "UNWIND $rows AS row MATCH (a:`" + parts[1] + "` {id: row.from}) MATCH (b:`" + parts[2]
				+ "` {id: row.to}) CREATE (a)-[r:`" + parts[0] + "`]->(b) SET r = row.properties";
	}

	private static String mergeEdges(String group) {
		String[] parts = group.split(" ");
		String merge = "UNWIND $rows AS row MATCH (a:`" + parts[1] + "` {id: row.from}) MATCH (b:`" + parts[2]
				+ "` {id: row.to}) MERGE (a)-[r:`" + parts[0] + "`]->(b) ";
		if (SHARED.contains(parts[0])) {
			return merge + "SET r.sources = COLLECT { UNWIND [s IN coalesce(r.sources, []) WHERE NOT s IN row.oldSources]"
					+ " + row.sources AS s WITH DISTINCT s RETURN s ORDER BY s }";
		}
		return merge + "SET r = row.properties";
	}

	/** Labels and types are written into the Cypher text, so only plain names are allowed. */
	private static String checked(String name) {
		if (!name.matches(NAME)) {
			throw new IllegalArgumentException("Not a label or type: " + name);
		}
		return name;
	}

	private static boolean same(Map<String, Object> a, Map<String, Object> b) {
		return a.equals(b) || canonical(a).equals(canonical(b));
	}

	/** Values as comparable Java values: what the driver reads back equals what was written. */
	static Map<String, Object> canonical(Map<String, Object> properties) {
		Map<String, Object> canonical = new HashMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				canonical.put(key, canonicalValue(value));
			}
		});
		return canonical;
	}

	private static Object canonicalValue(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(DerivedGraphWriter::canonicalValue).toList();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof TemporalAccessor && !(value instanceof LocalDate)) {
			return value.toString();
		}
		return value;
	}

}
