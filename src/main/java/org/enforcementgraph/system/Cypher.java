package org.enforcementgraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	public Cypher(Neo4jClient client, MeterRegistry meters, MigrationRunner migrated, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.client = client;
		this.embedded = embedded;
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

	/**
	 * Whether {@link #readInProcess} can be used: the database is the embedded one and no Spring transaction is open
	 * (a mutation's read-back must see its own writes, in its transaction).
	 */
	public boolean readsInProcess() {
		return this.embedded.getIfAvailable() != null && !TransactionSynchronizationManager.isActualTransactionActive();
	}

	/**
	 * Runs one reading statement in the embedded database's own JVM, in a transaction of its own that Neo4j ends after
	 * {@code timeout}: no Bolt between the two, which for the county profile's statement took 5-7 ms against 12-17 ms
	 * through the driver (BENCHMARKS.md). The statement must only read; it is rolled back.
	 */
	public List<Map<String, Object>> readInProcess(String query, Map<String, ?> parameters, Duration timeout) {
		this.statements.increment();
		GraphDatabaseService database = this.embedded.getObject().database();
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		try (Transaction tx = database.beginTx(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
				Result result = tx.execute(query, values)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(InProcessValues.row(result.next()));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			// As the driver's path fails (Spring translates its errors), so that callers catch one kind of failure; the
			// cause stays, for what a timeout is recognized by.
			if (ex.getClass().getName().startsWith("org.neo4j.")) {
				throw new DataRetrievalFailureException("Neo4j could not run the statement: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	/** Runs one statement for its effect. */
	@SuppressWarnings("unchecked")
	public void run(String query, Map<String, ?> parameters) {
		this.statements.increment();
		this.client.query(query).bindAll((Map<String, Object>) parameters).run();
	}

}
