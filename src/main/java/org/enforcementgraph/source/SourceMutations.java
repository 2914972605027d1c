package org.enforcementgraph.source;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.FieldMapping;
import org.enforcementgraph.system.projection.GraphType;
import org.enforcementgraph.system.projection.GraphTypes;
import org.enforcementgraph.system.projection.GraphWrites;
import org.enforcementgraph.system.projection.References;

/** {@code addSource} and {@code correctFact}: the two writes every other fact depends on. */
@Controller
class SourceMutations {

	private final GraphWrites writes;

	private final GraphTypes types;

	SourceMutations(GraphWrites writes, GraphTypes types) {
		this.writes = writes;
		this.types = types;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addSource(@Argument SourceInput input, DataFetchingEnvironment env) {
		return this.writes.write(env, "Source", new References(), "MERGE (n:Source {id: $id}) ON CREATE SET n += $properties",
				Map.of("id", input.idOrDefault(), "properties", input.properties()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> correctFact(@Argument CorrectionInput input, Principal writer, DataFetchingEnvironment env) {
		GraphType type = this.types.forId(input.id())
			.orElseThrow(() -> new InvalidArgumentException("input.id: '" + input.id() + "' is not an id of this graph"));
		Object value = valueFor(type, input.field(), input.value(), env);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", input.id());
		parameters.put("sourceId", input.sourceId());
		parameters.put("field", input.field());
		parameters.put("change", singleton(input.field(), value));
		parameters.put("newValue", input.value());
		parameters.put("reason", input.reason());
		parameters.put("by", writer.getName());
		parameters.put("correctionId", "correction:" + UUID.randomUUID());
		References references = new References().require(type.label(), "id", input.id(), "input.id")
			.require("Source", "id", input.sourceId(), "input.sourceId");
		return this.writes.write(env, "Correction", references, "MATCH (fact:`" + type.label() + "` {id: $id})"
				+ " MATCH (source:Source {id: $sourceId})"
				+ " CREATE (n:Correction {id: $correctionId, field: $field, oldValue: toString(fact[$field]),"
				+ " newValue: $newValue, reason: $reason, kind: 'EDIT', by: $by, at: datetime()})"
				+ " CREATE (n)-[:CORRECTS]->(fact) CREATE (n)-[:CITES]->(source) SET fact += $change", parameters);
	}

	private static Map<String, Object> singleton(String key, Object value) {
		Map<String, Object> map = new HashMap<>();
		map.put(key, value);
		return map;
	}

	/** The new value in the field's own type; only plain stored values (not ids, links or lists) can be corrected. */
	private static Object valueFor(GraphType type, String field, String text, DataFetchingEnvironment env) {
		FieldMapping mapping = type.fields().get(field);
		boolean plain = mapping instanceof FieldMapping.Expression e && e.cypher().equals("this.`" + field + "`");
		GraphQLObjectType objectType = env.getGraphQLSchema().getObjectType(type.name());
		GraphQLFieldDefinition definition = objectType.getFieldDefinition(field);
		if (!plain || "id".equals(field) || definition == null || GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
			throw new InvalidArgumentException("input.field: '" + field + "' of " + type.name()
					+ " cannot be corrected; only plain values such as dates, names and links can");
		}
		if (text == null) {
			if (GraphQLTypeUtil.isNonNull(definition.getType())) {
				throw new InvalidArgumentException("input.value: " + type.name() + "." + field + " cannot be empty");
			}
			return null;
		}
		GraphQLNamedType valueType = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
		try {
			return switch (valueType.getName()) {
				case "Date" -> LocalDate.parse(text);
				case "Int" -> Long.parseLong(text);
				case "Float" -> Double.parseDouble(text);
				case "Boolean" -> parseBoolean(text);
				default -> (valueType instanceof GraphQLEnumType enumType) ? enumValue(enumType, text) : text;
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidArgumentException("input.value: '" + text + "' is not a " + valueType.getName()
					+ (valueType.getName().equals("Date") ? " (write dates as YYYY-MM-DD)" : ""));
		}
	}

	private static Boolean parseBoolean(String text) {
		if (!text.equals("true") && !text.equals("false")) {
			throw new InvalidArgumentException("input.value: '" + text + "' is not true or false");
		}
		return Boolean.valueOf(text);
	}

	private static String enumValue(GraphQLEnumType type, String text) {
		if (type.getValue(text) == null) {
			throw new InvalidArgumentException("input.value: '" + text + "' is not one of "
					+ type.getValues().stream().map(v -> v.getName()).toList());
		}
		return text;
	}

}
