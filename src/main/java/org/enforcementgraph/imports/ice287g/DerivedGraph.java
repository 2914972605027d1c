package org.enforcementgraph.imports.ice287g;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of the graph the 287(g) history is made of (agencies, agreements, the changes between lists, and their
 * relationships), as plain records, so the history can be derived from the list entries in memory and the graph
 * brought to it by writing only what differs.
 */
final class DerivedGraph {

	/** A node: label, id and the properties the history gives it. */
	record Node(String label, String id, Map<String, Object> properties) {
	}

	/** A relationship between two nodes known by label and id. */
	record Edge(String type, String fromLabel, String from, String toLabel, String to, Map<String, Object> properties) {

		String key() {
			return this.type + " " + this.from + " " + this.to;
		}

	}

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Edge> edges = new LinkedHashMap<>();

	Node node(String label, String id, Map<String, Object> properties) {
		Node node = new Node(label, id, properties);
		this.nodes.put(id, node);
		return node;
	}

	void edge(String type, String fromLabel, String from, String toLabel, String to, Map<String, Object> properties) {
		Edge edge = new Edge(type, fromLabel, from, toLabel, to, properties);
		this.edges.put(edge.key(), edge);
	}

	Map<String, Node> nodes() {
		return this.nodes;
	}

	Map<String, Edge> edges() {
		return this.edges;
	}

	boolean has(String id) {
		return this.nodes.containsKey(id);
	}

}
