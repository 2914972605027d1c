package org.enforcementgraph.system.projection;

/**
 * How one GraphQL field is read from the graph, as a piece of Cypher over {@code this} (the variable holding the
 * parent: a node, relationship, map or path). Field arguments are referred to as {@code $argumentName}; variables
 * other than {@code this} and {@code that} must start with {@code _} so they can be renamed apart when nested.
 */
public sealed interface FieldMapping {

	/** A Cypher expression over {@code this}, e.g. {@code this.name} or {@code coalesce(this.endedOn, $asOf)}. */
	record Expression(String cypher) implements FieldMapping {
	}

	/**
	 * Values of type {@code targetType} bound to {@code that} by reading clauses that start from {@code this}, e.g.
	 * {@code MATCH (this)-[:IN_STATE]->(that:State)}.
	 *
	 * @param clause reading clauses binding {@code that}
	 * @param targetType GraphQL type of {@code that}
	 * @param many a list ({@code true}) or the first value or null ({@code false})
	 * @param orderBy Cypher sort expressions over {@code that}, or null
	 * @param limitArgument the field argument that caps how many are returned (at most
	 * {@link Page#MAX_FIRST}), or null
	 */
	record Related(String clause, String targetType, boolean many, String orderBy,
			String limitArgument) implements FieldMapping {
	}

}
