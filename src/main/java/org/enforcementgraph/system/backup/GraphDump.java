package org.enforcementgraph.system.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * Reads the whole graph as records a backup, an export or a fingerprint is made of: every node (labels and
 * properties) and every relationship (type, the ids of its ends and their first labels, properties), streamed in a
 * stable order. Nodes are identified by {@code id}; migration history nodes by {@code version}.
 */
@Component
public final class GraphDump {

	/** One node or relationship, with JSON-ready property values. */
	public record Entry(String kind, List<String> labels, String type, String start, String startLabel, String end,
			String endLabel, Map<String, Object> properties) {

		Map<String, Object> toJson() {
			Map<String, Object> json = new TreeMap<>();
			json.put("kind", this.kind);
			if (this.kind.equals("node")) {
				json.put("labels", this.labels);
			}
			else {
				json.put("type", this.type);
				json.put("start", this.start);
				json.put("startLabel", this.startLabel);
				json.put("end", this.end);
				json.put("endLabel", this.endLabel);
			}
			json.put("properties", this.properties);
			return json;
		}

	}

	private final Driver driver;

	public GraphDump(Driver driver) {
		this.driver = driver;
	}

	/** Streams every node, then every relationship, each group in a stable order. */
	public void each(Consumer<Entry> consumer) {
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n)
					WITH n, labels(n) AS labels ORDER BY coalesce(n.id, 'migration:' + toString(n.version))
					RETURN labels, properties(n) AS properties""")
				.forEachRemaining(r -> consumer.accept(node(r)));
			session.run("""
					MATCH (a)-[r]->(b)
					WITH a, r, b ORDER BY a.id, type(r), b.id, r.id
					RETURN type(r) AS type, a.id AS start, head(labels(a)) AS startLabel, b.id AS end,
					       head(labels(b)) AS endLabel, properties(r) AS properties""")
				.forEachRemaining(r -> consumer.accept(relationship(r)));
		}
	}

	private static Entry node(Record record) {
		List<String> labels = new ArrayList<>(record.get("labels").asList(v -> v.asString()));
		labels.sort(null);
		return new Entry("node", labels, null, null, null, null, null,
				PropertyValues.toJson(record.get("properties").asMap()));
	}

	private static Entry relationship(Record record) {
		return new Entry("relationship", null, record.get("type").asString(), record.get("start").asString(null),
				record.get("startLabel").asString(), record.get("end").asString(null), record.get("endLabel").asString(),
				PropertyValues.toJson(record.get("properties").asMap()));
	}

}
