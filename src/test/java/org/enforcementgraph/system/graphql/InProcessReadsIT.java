package org.enforcementgraph.system.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.system.Cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** GraphQL's reads in the embedded database's JVM (Cypher.readInProcess): when they are used, and their timeout. */
@GraphIT
class InProcessReadsIT {

	@Autowired
	Cypher cypher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void readsGoInProcessOutsideATransactionAndThroughTheDriverInsideOne() {
		assertThat(this.cypher.readsInProcess()).isTrue();
		// A mutation reads back what it wrote in its own, still open, transaction: that read must not go around it.
		Boolean insideOne = new TransactionTemplate(this.transactions).execute(status -> this.cypher.readsInProcess());
		assertThat(insideOne).isFalse();
	}

	@Test
	void aReadInProcessAnswersAsTheDriverDoes() {
		String statement = "RETURN 1 AS one, 'a' AS text, date('2026-12-03') AS day, [1, 2] AS list, {k: [true]} AS map";
		assertThat(this.cypher.readInProcess(statement, Map.of(), Duration.ofSeconds(10)))
			.isEqualTo(this.cypher.rows(statement, Map.of()));
	}

	@Test
	void aReadInProcessPastItsTimeoutIsReportedAsTakingTooLong() {
		long started = System.nanoTime();
		Throwable thrown = catchThrowable(() -> this.cypher.readInProcess(
				"UNWIND range(1, 10000000000) AS x RETURN count(x) AS n", Map.of(), Duration.ofMillis(300)));
		assertThat(thrown).as("the ten billion rows were counted within the timeout").isNotNull();
		assertThat(thrown).as("failing as the driver's path does").isInstanceOf(DataAccessException.class);
		assertThat(GraphQlErrors.timedOut(thrown)).as(thrown.toString()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ended by the timeout").isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void aStatementsParametersReachItInProcess() {
		List<Map<String, Object>> rows = this.cypher.readInProcess("RETURN $day AS day, $list AS list",
				Map.of("day", java.time.LocalDate.of(2026, 12, 3), "list", List.of("a", "b")), Duration.ofSeconds(10));
		assertThat(rows).containsExactly(Map.of("day", java.time.LocalDate.of(2026, 12, 3), "list", List.of("a", "b")));
	}

}
