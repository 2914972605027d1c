package org.enforcementgraph.system.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.graphql.GraphQlLimits;
import org.enforcementgraph.system.graphql.StatementCount;

/**
 * What GraphQL controllers call to answer a query field with exactly one Cypher statement: the controller gives the
 * reading clauses that bind {@code n} (with its filters as parameters); the selection the client asked for becomes
 * the projection.
 */
@Component
public final class GraphQuery {

	private final Cypher cypher;

	private final GraphTypes types;

	private final TransactionTemplate reads;

	private final Duration timeout;

	private final FirstRuns firstRuns = new FirstRuns();

	public GraphQuery(Cypher cypher, GraphTypes types, PlatformTransactionManager transactions, GraphQlLimits limits) {
		this.cypher = cypher;
		this.types = types;
		// Every request's Cypher runs in a transaction Neo4j ends after the timeout; writes join their own transaction.
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setTimeout((int) Math.max(1, limits.queryTimeout().toSeconds()));
		this.timeout = limits.queryTimeout();
	}

	/** The first {@code n} that {@code match} binds, as GraphQL type {@code type}, or null. */
	public Map<String, Object> one(DataFetchingEnvironment env, String type, String match, Map<String, ?> parameters) {
		List<Map<String, Object>> rows = list(env, type, match + " WITH n LIMIT 1", parameters, null);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** Every {@code n} that {@code match} binds, in {@code orderBy} order (Cypher over {@code n}; null: any order). */
	public List<Map<String, Object>> list(DataFetchingEnvironment env, String type, String match,
			Map<String, ?> parameters, String orderBy) {
		Projection projection = new Projection(this.types, env.getGraphQLSchema());
		String node = projection.of(type, "n", env.getSelectionSet().getImmediateFields());
		String query = match + (orderBy != null ? " WITH n ORDER BY " + orderBy : "") + " RETURN " + node + " AS n";
		List<Map<String, Object>> rows = run(env, query, merge(parameters, projection.parameters()));
		List<Map<String, Object>> nodes = new ArrayList<>(rows.size());
		rows.forEach(row -> nodes.add(asMap(row.get("n"))));
		return nodes;
	}

	/**
	 * A Relay connection ({@code totalCount}, {@code pageInfo}, {@code edges { cursor node }}) over every {@code n}
	 * that {@code match} binds; {@code match} must bind each {@code n} once.
	 */
	public Map<String, Object> connection(DataFetchingEnvironment env, String type, String match,
			Map<String, ?> parameters, Page page) {
		Projection projection = new Projection(this.types, env.getGraphQLSchema());
		List<SelectedField> nodeSelection = new ArrayList<>();
		env.getSelectionSet().getFields("edges/node").forEach(f -> nodeSelection.addAll(f.getSelectionSet().getImmediateFields()));
		String node = projection.of(type, "n", nodeSelection);
		String after = "true";
		if (page.after() != null) {
			Cursor cursor = Cursor.decode(page.after());
			String key = projection.parameter(cursor.key());
			String id = projection.parameter(cursor.id());
			after = "(_key " + (page.descending() ? "<" : ">") + " $" + key + " OR (_key = $" + key + " AND n.id > $" + id + "))";
		}
		String limit = projection.parameter(page.size() + 1);
		String total = env.getSelectionSet().contains("totalCount") ? "COUNT { " + match + " RETURN n }" : "null";
		String query = "RETURN " + total + " AS total, COLLECT { " + match + " WITH n, " + page.sortKey()
				+ " AS _key WHERE " + after + " WITH n, _key ORDER BY _key" + (page.descending() ? " DESC" : "")
				+ ", n.id LIMIT $" + limit + " RETURN {key: _key, id: n.id, node: " + node + "} } AS rows";
		Map<String, Object> row = run(env, query, merge(parameters, projection.parameters())).get(0);
		return connectionOf(row, page);
	}

	private static Map<String, Object> connectionOf(Map<String, Object> row, Page page) {
		List<?> rows = (List<?>) row.get("rows");
		boolean hasNext = rows.size() > page.size();
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Object item : rows.subList(0, Math.min(rows.size(), page.size()))) {
			Map<String, Object> entry = asMap(item);
			String cursor = new Cursor(entry.get("key"), (String) entry.get("id")).encode();
			edges.add(Map.of("cursor", cursor, "node", asMap(entry.get("node"))));
		}
		Map<String, Object> pageInfo = new HashMap<>();
		pageInfo.put("hasNextPage", hasNext);
		pageInfo.put("hasPreviousPage", page.after() != null);
		pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
		pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
		Map<String, Object> connection = new ProjectedConnection();
		connection.put("totalCount", row.get("total"));
		connection.put("pageInfo", pageInfo);
		connection.put("edges", edges);
		return connection;
	}

	/** Rows of a statement that needs no projection (counts, statistics), counted against the request. */
	public List<Map<String, Object>> rows(DataFetchingEnvironment env, String query, Map<String, ?> parameters) {
		return run(env, query, new LinkedHashMap<>(parameters));
	}

	private List<Map<String, Object>> run(DataFetchingEnvironment env, String query, Map<String, Object> parameters) {
		StatementCount.record(env, query, parameters);
		return this.firstRuns.run(query, () -> this.cypher.readsInProcess()
				? this.cypher.readInProcess(query, parameters, this.timeout)
				: this.reads.execute(status -> this.cypher.rows(query, parameters)));
	}

	private static Map<String, Object> merge(Map<String, ?> given, Map<String, Object> compiled) {
		Map<String, Object> all = new LinkedHashMap<>(given);
		all.putAll(compiled);
		return all;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
