package org.enforcementgraph.system;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.migrations.MigrationRunner;

/**
 * The one way this application sends Cypher: always with parameters, counted (metric
 * {@code enforcement_graph.cypher.statements}), and only once the migrations have run. Inside a Spring transaction
 * the statements join it.
 */
@Component
public final class Cypher {

	private final Neo4jClient client;

	private final Counter statements;

	public Cypher(Neo4jClient client, MeterRegistry meters, MigrationRunner migrated) {
		this.client = client;
		this.statements = Counter.builder("enforcement_graph.cypher.statements")
			.description("Cypher statements sent to Neo4j")
			.register(meters);
	}

	/**
	 * A Cypher expression for the list {@code list} with {@code value} added, without repeats and sorted, so that a
	 * list property such as a relationship's {@code sources} comes out the same whatever order the imports ran in.
	 */
	public static String sortedSetWith(String list, String value) {
		return "COLLECT { UNWIND coalesce(" + list + ", []) + " + value + " AS _v WITH DISTINCT _v RETURN _v ORDER BY _v }";
	}

	/** Runs one statement and returns its rows as maps of column name to value. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> rows(String query, Map<String, ?> parameters) {
		this.statements.increment();
		return List.copyOf(this.client.query(query).bindAll((Map<String, Object>) parameters).fetch().all());
	}

	/** Runs one statement for its effect. */
	@SuppressWarnings("unchecked")
	public void run(String query, Map<String, ?> parameters) {
		this.statements.increment();
		this.client.query(query).bindAll((Map<String, Object>) parameters).run();
	}

}
