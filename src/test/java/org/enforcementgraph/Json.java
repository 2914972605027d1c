package org.enforcementgraph;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reading values out of GraphQL JSON responses in tests. */
public final class Json {

	private Json() {
	}

	/** The text of {@code field} in each element of the array {@code array}. */
	public static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(element -> values.add(element.path(field).isNull() ? null : element.path(field).asString()));
		return values;
	}

	/** The node ids of a Relay connection's edges, in order. */
	public static List<String> edgeIds(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
		return ids;
	}

}
