package org.enforcementgraph.savedquery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.GraphQlLimits;
import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.graphql.StatementCount;

/**
 * {@code savedQueries} and {@code savedQuery(name, params)}: the saved investigative queries, run in a read-only
 * session (Neo4j refuses writes in it) within the request timeout, one statement each.
 */
@Controller
final class SavedQueryController {

	private final SavedQueries queries;

	private final Driver driver;

	private final TransactionConfig timeout;

	SavedQueryController(SavedQueries queries, Driver driver, GraphQlLimits limits) {
		this.queries = queries;
		this.driver = driver;
		this.timeout = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
	}

	@QueryMapping
	List<SavedQuery> savedQueries() {
		return this.queries.all();
	}

	@QueryMapping
	Map<String, Object> savedQuery(@Argument String name, @Argument Map<String, Object> params,
			DataFetchingEnvironment env) {
		SavedQuery query = this.queries.named(name)
			.orElseThrow(() -> new InvalidArgumentException("name: no saved query is called '" + name + "'; savedQueries lists them"));
		Map<String, Object> parameters = parameters(query, (params != null) ? params : Map.of());
		StatementCount.increment(env);
		List<String> columns = new ArrayList<>();
		List<Object> rows = new ArrayList<>();
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.executeRead(tx -> {
				Result result = tx.run(query.cypher(), parameters);
				columns.addAll(result.keys());
				for (Record record : result.list()) {
					Map<String, Object> row = new LinkedHashMap<>();
					record.keys().forEach(key -> row.put(key, CypherValues.toJson(record.get(key).asObject())));
					rows.add(row);
				}
				return null;
			}, this.timeout);
		}
		Map<String, Object> result = new HashMap<>();
		result.put("name", name);
		result.put("columns", columns);
		result.put("rows", rows);
		return result;
	}

	private static Map<String, Object> parameters(SavedQuery query, Map<String, Object> given) {
		List<String> known = query.parameters().stream().map(SavedQuery.Parameter::name).toList();
		for (String key : given.keySet()) {
			if (!known.contains(key)) {
				throw new InvalidArgumentException("params: '" + query.name() + "' has no parameter '" + key + "'; it takes "
						+ (known.isEmpty() ? "none" : String.join(", ", known)));
			}
		}
		Map<String, Object> parameters = new HashMap<>();
		for (SavedQuery.Parameter parameter : query.parameters()) {
			Object value = given.get(parameter.name());
			parameters.put(parameter.name(), (value == null) ? null : convert(parameter, value));
		}
		return parameters;
	}

	private static Object convert(SavedQuery.Parameter parameter, Object value) {
		try {
			return switch (parameter.type()) {
				case "Date" -> LocalDate.parse(value.toString());
				case "Integer" -> (value instanceof Number number) ? number.longValue() : Long.parseLong(value.toString());
				default -> value.toString();
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidArgumentException("params." + parameter.name() + ": '" + value + "' is not "
					+ (parameter.type().equals("Date") ? "a date YYYY-MM-DD" : "a whole number"));
		}
	}

}
