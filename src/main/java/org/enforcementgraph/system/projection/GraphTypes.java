package org.enforcementgraph.system.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every {@link GraphType} the features declare, by GraphQL type name. */
@Component
public final class GraphTypes {

	private final Map<String, GraphType> byName = new HashMap<>();

	public GraphTypes(List<GraphType> types) {
		for (GraphType type : types) {
			if (this.byName.put(type.name(), type) != null) {
				throw new IllegalStateException("GraphQL type " + type.name() + " is mapped twice");
			}
		}
	}

	GraphType type(String name) {
		GraphType type = this.byName.get(name);
		if (type == null) {
			throw new IllegalStateException("GraphQL type " + name + " has no mapping to the graph");
		}
		return type;
	}

	GraphType find(String name) {
		return this.byName.get(name);
	}

	/** The node type whose ids start like {@code id} does, if any. */
	public java.util.Optional<GraphType> forId(String id) {
		return this.byName.values()
			.stream()
			.filter(t -> t.idPrefix() != null && id.startsWith(t.idPrefix()))
			.findFirst();
	}

	public Map<String, GraphType> all() {
		return Map.copyOf(this.byName);
	}

}
