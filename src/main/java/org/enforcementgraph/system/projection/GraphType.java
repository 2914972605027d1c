package org.enforcementgraph.system.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a GraphQL object type is read from the graph: the label that identifies its nodes (for interfaces and
 * search hits) and a {@link FieldMapping} per field. Declared by each feature as a Spring bean.
 */
public final class GraphType {

	private final String name;

	private final String label;

	private final Map<String, FieldMapping> fields;

	private GraphType(String name, String label, Map<String, FieldMapping> fields) {
		this.name = name;
		this.label = label;
		this.fields = Map.copyOf(fields);
	}

	/** A type whose values are nodes with {@code label}, e.g. {@code node("County", "County")}. */
	public static Builder node(String name, String label) {
		return new Builder(name, label);
	}

	/** A type whose values are relationships, maps or paths rather than labelled nodes. */
	public static Builder value(String name) {
		return new Builder(name, null);
	}

	public String name() {
		return this.name;
	}

	/** The node label, or null for relationship, map and path types. */
	public String label() {
		return this.label;
	}

	/**
	 * What every id of this type's nodes starts with: the label in kebab case, then a colon, e.g.
	 * {@code field-office:} for {@code FieldOffice}; null for types that are not nodes.
	 */
	public String idPrefix() {
		return (this.label != null) ? this.label.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ":"
				: null;
	}

	public Map<String, FieldMapping> fields() {
		return this.fields;
	}

	FieldMapping field(String field) {
		FieldMapping mapping = this.fields.get(field);
		if (mapping == null) {
			throw new IllegalStateException("GraphQL field " + this.name + "." + field + " has no mapping to the graph");
		}
		return mapping;
	}

	/** Collects field mappings; names are GraphQL field names. */
	public static final class Builder {

		private final String name;

		private final String label;

		private final Map<String, FieldMapping> fields = new LinkedHashMap<>();

		private Builder(String name, String label) {
			this.name = name;
			this.label = label;
		}

		/** Fields read from the property of the same name. */
		public Builder properties(String... names) {
			for (String property : names) {
				this.fields.put(property, new FieldMapping.Expression("this.`" + property + "`"));
			}
			return this;
		}

		/** A field computed by a Cypher expression over {@code this}. */
		public Builder expression(String field, String cypher) {
			this.fields.put(field, new FieldMapping.Expression(cypher));
			return this;
		}

		/** A field holding the {@code that} the clause finds (the first, if several), or null. */
		public Builder one(String field, String clause, String targetType) {
			return one(field, clause, targetType, null);
		}

		/** A field holding the first {@code that} the clause finds in {@code orderBy} order, or null. */
		public Builder one(String field, String clause, String targetType, String orderBy) {
			this.fields.put(field, new FieldMapping.Related(clause, targetType, false, orderBy, null));
			return this;
		}

		/** A list field holding every {@code that} the clause finds, in {@code orderBy} order (null: any order). */
		public Builder many(String field, String clause, String targetType, String orderBy) {
			this.fields.put(field, new FieldMapping.Related(clause, targetType, true, orderBy, null));
			return this;
		}

		/** Like {@link #many}, returning at most as many as the field argument {@code limitArgument} says. */
		public Builder many(String field, String clause, String targetType, String orderBy, String limitArgument) {
			this.fields.put(field, new FieldMapping.Related(clause, targetType, true, orderBy, limitArgument));
			return this;
		}

		/** {@code sources}: the Source nodes a node CITES or was SEEN_IN (list snapshots), newest first. */
		public Builder citedSources() {
			return many("sources", "MATCH (this)-[:CITES|SEEN_IN]->(that:Source) WITH DISTINCT that", "Source",
					"that.published DESC, that.id");
		}

		/** {@code sources}: the Sources whose ids a relationship lists in its {@code sources} property. */
		public Builder listedSources() {
			return many("sources", "MATCH (that:Source) WHERE that.id IN this.sources", "Source",
					"that.published DESC, that.id");
		}

		public GraphType build() {
			return new GraphType(this.name, this.label, this.fields);
		}

	}

}
