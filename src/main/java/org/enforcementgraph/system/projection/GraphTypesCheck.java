package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Stops startup when the hand-written schema and the {@link GraphType} mappings disagree: a schema field without a
 * mapping would answer null, a mapping without a field would be dead.
 */
@Component
final class GraphTypesCheck implements InitializingBean {

	private final GraphQlSource source;

	private final GraphTypes types;

	GraphTypesCheck(GraphQlSource source, GraphTypes types) {
		this.source = source;
		this.types = types;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems(this.source.schema(), this.types);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The GraphQL schema and its graph mappings disagree: " + String.join("; ", problems));
		}
	}

	static List<String> problems(GraphQLSchema schema, GraphTypes types) {
		List<String> problems = new ArrayList<>();
		for (GraphType type : types.all().values()) {
			GraphQLObjectType objectType = schema.getObjectType(type.name());
			if (objectType == null) {
				problems.add("mapping " + type.name() + " has no schema type");
				continue;
			}
			Set<String> schemaFields = new TreeSet<>(objectType.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList());
			Set<String> unmapped = new TreeSet<>(schemaFields);
			unmapped.removeAll(type.fields().keySet());
			Set<String> stale = new TreeSet<>(type.fields().keySet());
			stale.removeAll(schemaFields);
			if (!unmapped.isEmpty()) {
				problems.add(type.name() + " fields without a mapping: " + unmapped);
			}
			if (!stale.isEmpty()) {
				problems.add(type.name() + " mappings without a schema field: " + stale);
			}
			type.fields().forEach((field, mapping) -> {
				if (mapping instanceof FieldMapping.Related related && schema.getType(related.targetType()) == null) {
					problems.add(type.name() + "." + field + " points to unknown type " + related.targetType());
				}
			});
		}
		for (GraphQLObjectType implementation : schema.getImplementations((GraphQLInterfaceType) schema.getType("Node"))) {
			GraphType type = types.find(implementation.getName());
			if (type == null || type.label() == null) {
				problems.add(implementation.getName() + " implements Node but has no node mapping");
			}
		}
		return problems;
	}

}
