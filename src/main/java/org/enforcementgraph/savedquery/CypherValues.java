package org.enforcementgraph.savedquery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Values of saved-query rows as plain JSON: a node becomes {@code {id, labels, properties}}, a relationship
 * {@code {type, from, to, properties}}, a path its nodes and relationships in order; dates become their ISO text.
 */
final class CypherValues {

	private CypherValues() {
	}

	static Object toJson(Object value) {
		return switch (value) {
			case null -> null;
			case Node node -> node(node);
			case Relationship relationship -> relationship(relationship, null, null);
			case Path path -> path(path);
			case List<?> list -> list.stream().map(CypherValues::toJson).toList();
			case Map<?, ?> map -> {
				Map<String, Object> json = new LinkedHashMap<>();
				map.forEach((k, v) -> json.put(String.valueOf(k), toJson(v)));
				yield json;
			}
			case java.time.temporal.TemporalAccessor temporal -> temporal.toString();
			default -> value;
		};
	}

	private static Map<String, Object> node(Node node) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", node.get("id").asObject());
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		json.put("labels", labels);
		json.put("properties", properties(node.asMap()));
		return json;
	}

	private static Map<String, Object> relationship(Relationship relationship, Object from, Object to) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", relationship.type());
		json.put("from", from);
		json.put("to", to);
		json.put("properties", properties(relationship.asMap()));
		return json;
	}

	private static Map<String, Object> path(Path path) {
		List<Object> nodes = new ArrayList<>();
		List<Object> relationships = new ArrayList<>();
		path.forEach(segment -> {
			if (nodes.isEmpty()) {
				nodes.add(node(segment.start()));
			}
			nodes.add(node(segment.end()));
			Relationship relationship = segment.relationship();
			boolean forward = relationship.startNodeElementId().equals(segment.start().elementId());
			Node from = forward ? segment.start() : segment.end();
			Node to = forward ? segment.end() : segment.start();
			relationships.add(relationship(relationship, from.get("id").asObject(), to.get("id").asObject()));
		});
		if (nodes.isEmpty()) {
			nodes.add(node(path.start()));
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodes", nodes);
		json.put("relationships", relationships);
		return json;
	}

	private static Map<String, Object> properties(Map<String, Object> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((k, v) -> json.put(k, toJson(v)));
		return json;
	}

}
