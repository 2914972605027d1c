package org.enforcementgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The schema as a client sees it (by introspection), and calls built from it: every field of Query or Mutation with
 * every argument filled with a value of its type, so tests can exercise all of them without a hand-kept list.
 */
public final class Introspection {

	static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

	private final Map<String, JsonNode> types = new HashMap<>();

	public Introspection(GraphQlHttp graphQl) {
		JsonNode schema = graphQl.data("{ __schema { types { name kind enumValues { name } inputFields { name type { "
				+ TYPE_REF + " } } fields { name args { name type { " + TYPE_REF + " } } type { " + TYPE_REF + " } } } } }");
		schema.at("/__schema/types").forEach(type -> this.types.put(type.get("name").asString(), type));
	}

	/** One call per field of {@code root} ("Query" or "Mutation"), arguments filled by {@code value}. */
	public List<Call> calls(String root, ValueChooser value) {
		List<Call> calls = new ArrayList<>();
		for (JsonNode field : this.types.get(root).get("fields")) {
			StringBuilder arguments = new StringBuilder();
			for (JsonNode argument : field.get("args")) {
				arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.get("name").asString()).append(": ")
					.append(literal(argument.get("type"), value));
			}
			String call = field.get("name").asString() + (arguments.isEmpty() ? "" : "(" + arguments + ")")
					+ selection(field.get("type"));
			calls.add(new Call(field.get("name").asString(), (root.equals("Mutation") ? "mutation " : "") + "{ " + call + " }"));
		}
		return calls;
	}

	/** A call of one root field. */
	public record Call(String field, String document) {
	}

	/** Chooses the text of String and ID arguments. */
	@FunctionalInterface
	public interface ValueChooser {

		String text(String typeName);

	}

	private String literal(JsonNode type, ValueChooser value) {
		String kind = type.get("kind").asString();
		if (kind.equals("NON_NULL")) {
			return literal(type.get("ofType"), value);
		}
		if (kind.equals("LIST")) {
			return "[" + literal(type.get("ofType"), value) + "]";
		}
		String name = type.get("name").asString();
		JsonNode named = this.types.get(name);
		return switch (named.get("kind").asString()) {
			case "ENUM" -> named.get("enumValues").get(0).get("name").asString();
			case "INPUT_OBJECT" -> {
				StringBuilder fields = new StringBuilder();
				for (JsonNode field : named.get("inputFields")) {
					fields.append(fields.isEmpty() ? "" : ", ").append(field.get("name").asString()).append(": ")
						.append(literal(field.get("type"), value));
				}
				yield "{" + fields + "}";
			}
			default -> switch (name) {
				case "Int" -> "1";
				case "Float" -> "1.5";
				case "Boolean" -> "true";
				case "Date" -> "\"2026-01-01\"";
				default -> quote(value.text(name));
			};
		};
	}

	private String selection(JsonNode type) {
		while (type.get("kind").asString().equals("NON_NULL") || type.get("kind").asString().equals("LIST")) {
			type = type.get("ofType");
		}
		String kind = this.types.get(type.get("name").asString()).get("kind").asString();
		return (kind.equals("SCALAR") || kind.equals("ENUM")) ? "" : " { __typename }";
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
