package org.enforcementgraph.system;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Path;

/**
 * Values read in the embedded database's own JVM, made the same as the driver's: Neo4j's Java API gives list
 * properties as arrays (the driver: lists), and the callers of {@link Cypher} expect what the driver gives.
 */
final class InProcessValues {

	private InProcessValues() {
	}

	static Map<String, Object> row(Map<String, Object> row) {
		Map<String, Object> converted = new LinkedHashMap<>(row.size() * 2);
		row.forEach((key, value) -> converted.put(key, of(value)));
		return converted;
	}

	static Object of(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new LinkedHashMap<>(map.size() * 2);
			map.forEach((key, item) -> converted.put((String) key, of(item)));
			return converted;
		}
		if (value instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			list.forEach(item -> converted.add(of(item)));
			return converted;
		}
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> converted = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				converted.add(of(Array.get(value, i)));
			}
			return converted;
		}
		if (value instanceof Entity || value instanceof Path) {
			// Nodes would be the driver's types on the other path; the reads this serves return maps and values only.
			throw new IllegalStateException("A read in process returned a node, relationship or path: " + value);
		}
		return value;
	}

}
