package org.enforcementgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;

/** Puts a test's graph in place: wipes everything but the migration history, then runs Cypher fixture files. */
@TestComponent
public class TestGraph {

	private final Driver driver;

	public TestGraph(Driver driver) {
		this.driver = driver;
	}

	/** Empties the graph (constraints, indexes and the migration history stay) and loads the given fixtures. */
	public void reset(String... fixtures) {
		RealGraph.forget();
		try (Session session = this.driver.session()) {
			// Facts first and their sources last: a batch must not leave a fact of a later batch without its source.
			session.run("MATCH (n) WHERE NOT n:Migration AND NOT n:Source CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
				.consume();
			session.run("MATCH (n:Source) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
			for (String fixture : fixtures) {
				for (String statement : statements(fixture)) {
					session.executeWriteWithoutResult(tx -> tx.run(statement));
				}
			}
		}
	}

	/** Runs one write statement in its own transaction (e.g. a fixture that MERGEs onto imported data). */
	public void write(String statement) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement));
		}
	}

	/** Runs one read statement and returns its rows; for assertions on what the graph holds. */
	public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(query, parameters).list(r -> r.asMap());
		}
	}

	/** The single value the statement returns. */
	public Object value(String query, Map<String, Object> parameters) {
		return rows(query, parameters).get(0).values().iterator().next();
	}

	private static List<String> statements(String fixture) {
		try (InputStream in = new ClassPathResource("fixtures/" + fixture).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return List.of(text.split(";\\s*(\\n|$)")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No fixture " + fixture, ex);
		}
	}

}
