package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE part of a list query, built from filter arguments: each condition is added only when its value is
 * given, and every value travels as a parameter.
 */
public final class Conditions {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	/** Adds {@code cypher} (which refers to {@code $name}) when {@code value} is not null. */
	public Conditions add(String name, Object value, String cypher) {
		if (value != null) {
			this.conditions.add(cypher);
			this.parameters.put(name, value);
		}
		return this;
	}

	/** Adds {@code cypher} for true and its negation for false; nothing for null. */
	public Conditions flag(Boolean value, String cypher) {
		if (value != null) {
			this.conditions.add(value ? cypher : "NOT (" + cypher + ")");
		}
		return this;
	}

	/** Adds a condition that always applies, with its parameters. */
	public Conditions always(String cypher, Map<String, ?> parameters) {
		this.conditions.add(cypher);
		this.parameters.putAll(parameters);
		return this;
	}

	/** {@code MATCH ... WHERE ...} for {@code match}, or just {@code match} when no condition applies. */
	public String where(String match) {
		return this.conditions.isEmpty() ? match : match + " WHERE " + String.join(" AND ", this.conditions);
	}

	public Map<String, Object> parameters() {
		return this.parameters;
	}

}
