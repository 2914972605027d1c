package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.enforcementgraph.system.graphql.InvalidArgumentException;

/**
 * Checks, in one statement, that everything a write refers to exists (its source above all), so that a write with
 * a dangling reference is refused with a message naming it instead of creating half a fact.
 */
public final class References {

	private final List<String> checks = new ArrayList<>();

	private final List<String> messages = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	/** Requires a node {@code (:label {key: value})}; label and key are code, the value a parameter. */
	public References require(String label, String key, Object value, String argument) {
		if (value != null) {
			String name = "r" + this.checks.size();
			this.checks.add("EXISTS { (:`" + label + "` {`" + key + "`: $" + name + "}) } AS " + name);
			this.parameters.put(name, value);
			this.messages.add(argument + ": no " + label + " has " + key + " '" + value + "'"
					+ ("Source".equals(label) ? "; record the source first with addSource" : ""));
		}
		return this;
	}

	/** Requires that some node has id {@code id}, with the label its id prefix names. */
	public References requireId(GraphTypes types, String id, String argument) {
		GraphType type = types.forId(id)
			.orElseThrow(() -> new InvalidArgumentException(argument + ": '" + id + "' is not an id of this graph"));
		return require(type.label(), "id", id, argument);
	}

	public void verify(GraphQuery graph, DataFetchingEnvironment env) {
		if (this.checks.isEmpty()) {
			return;
		}
		Map<String, Object> found = graph.rows(env, "RETURN " + String.join(", ", this.checks), this.parameters).get(0);
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < this.checks.size(); i++) {
			if (!Boolean.TRUE.equals(found.get("r" + i))) {
				missing.add(this.messages.get(i));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidArgumentException(String.join("; ", missing));
		}
	}

}
