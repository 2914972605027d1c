package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;

/**
 * Compiles a GraphQL selection into one Cypher map projection, nested fields and all, so that a request costs one
 * statement whatever the size of its answer (what @neo4j/graphql does; no N+1). Keys are the fields' result keys
 * (aliases), values come from each field's {@link FieldMapping}, and argument values become parameters.
 */
final class Projection {

	static final String TYPENAME = "__typename";

	private final GraphTypes types;

	private final GraphQLSchema schema;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private int variables;

	Projection(GraphTypes types, GraphQLSchema schema) {
		this.types = types;
		this.schema = schema;
	}

	/** The parameters the compiled projections refer to. */
	Map<String, Object> parameters() {
		return this.parameters;
	}

	/** A Cypher expression projecting {@code variable}, a value of GraphQL type {@code typeName}. */
	String of(String typeName, String variable, List<SelectedField> selection) {
		GraphQLNamedOutputType type = (GraphQLNamedOutputType) this.schema.getType(typeName);
		if (type instanceof GraphQLObjectType) {
			return object(this.types.type(typeName), variable, selection);
		}
		StringBuilder cases = new StringBuilder("CASE");
		for (GraphQLObjectType concrete : possibleTypes(type)) {
			GraphType graphType = this.types.find(concrete.getName());
			if (graphType == null || graphType.label() == null) {
				continue;
			}
			List<SelectedField> own = selection.stream()
				.filter(f -> f.getObjectTypeNames().contains(concrete.getName()))
				.toList();
			cases.append(" WHEN ").append(variable).append(":`").append(graphType.label()).append("` THEN ")
				.append(object(graphType, variable, own));
		}
		return cases.append(" END").toString();
	}

	private List<GraphQLObjectType> possibleTypes(GraphQLNamedOutputType type) {
		if (type instanceof GraphQLUnionType union) {
			return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
		}
		return this.schema.getImplementations((graphql.schema.GraphQLInterfaceType) type);
	}

	private String object(GraphType type, String variable, List<SelectedField> selection) {
		List<String> entries = new ArrayList<>();
		entries.add(TYPENAME + ": '" + type.name() + "'");
		Map<String, Boolean> seen = new HashMap<>();
		for (SelectedField field : selection) {
			if (field.getName().startsWith("__") || seen.put(field.getResultKey(), true) != null) {
				continue;
			}
			entries.add("`" + field.getResultKey() + "`: " + field(type, variable, field));
		}
		// A map literal rather than a map projection: it works for nodes, relationships, maps and paths alike.
		return "{" + String.join(", ", entries) + "}";
	}

	private String field(GraphType type, String variable, SelectedField field) {
		FieldMapping mapping = type.field(field.getName());
		String context = type.name() + "." + field.getName();
		if (mapping instanceof FieldMapping.Expression expression) {
			return substitute(expression.cypher(), variable, null, ++this.variables, field.getArguments(), context);
		}
		FieldMapping.Related related = (FieldMapping.Related) mapping;
		String that = "v" + (++this.variables);
		int scope = ++this.variables;
		String clause = substitute(related.clause(), variable, that, scope, field.getArguments(), context);
		String projection = of(related.targetType(), that, field.getSelectionSet().getImmediateFields());
		StringBuilder subquery = new StringBuilder("COLLECT { ").append(clause);
		if (related.orderBy() != null) {
			subquery.append(" WITH * ORDER BY ")
				.append(substitute(related.orderBy(), variable, that, scope, field.getArguments(), context));
		}
		if (!related.many()) {
			subquery.append(related.orderBy() != null ? " LIMIT 1" : " WITH * LIMIT 1");
		}
		else if (related.limitArgument() != null) {
			Object limit = field.getArguments().get(related.limitArgument());
			Page page = new Page((Integer) limit, null, null, false);
			subquery.append(related.orderBy() != null ? "" : " WITH *").append(" LIMIT $").append(parameter(page.size()));
		}
		subquery.append(" RETURN ").append(projection).append(" }");
		return related.many() ? subquery.toString() : subquery.append("[0]").toString();
	}

	private String substitute(String cypher, String self, String that, int scope, Map<String, Object> arguments,
			String context) {
		return MappingText.of(cypher).fill(self, that, scope, name -> {
			if (!arguments.containsKey(name) && !isDeclaredArgument(context, name)) {
				throw new IllegalStateException("The mapping of " + context + " refers to $" + name
						+ ", which is not one of its arguments");
			}
			return parameter(arguments.get(name));
		});
	}

	private boolean isDeclaredArgument(String context, String name) {
		String[] typeAndField = context.split("\\.");
		GraphQLObjectType type = this.schema.getObjectType(typeAndField[0]);
		return type != null && type.getFieldDefinition(typeAndField[1]) != null
				&& type.getFieldDefinition(typeAndField[1]).getArgument(name) != null;
	}

	/** Binds a value as a new parameter and returns its name. */
	String parameter(Object value) {
		String name = "p_" + this.parameters.size();
		this.parameters.put(name, value);
		return name;
	}

	static boolean isList(SelectedField field) {
		return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
	}

}
