package org.enforcementgraph.imports;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

import org.enforcementgraph.system.GraphException;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailureTests {

	@Test
	void ourOwnMessageIsGivenAsItIs() {
		assertThat(ImportFailure.reason(new GraphException("lists.xlsx, sheet 'A', row 3: no STATE column")))
			.isEqualTo("lists.xlsx, sheet 'A', row 3: no STATE column");
	}

	@Test
	void anyOtherFailureIsItsRootCause() {
		RuntimeException ex = new IllegalStateException("writing failed", new IllegalArgumentException("bad value"));

		assertThat(ImportFailure.reason(ex)).isEqualTo("IllegalArgumentException: bad value");
	}

	@Test
	void aTransactionOverNeo4jsMemoryLimitSaysWhatToDo() {
		// Neo4j's message, as the driver brought it when the 32 participating lists were imported with -Xmx512m.
		String neo4j = "The allocation of an extra 7.1 MiB would use more than the limit 346.5 MiB. Currently using"
				+ " 339.6 MiB. dbms.memory.transaction.total.max threshold reached";
		RuntimeException ex = new IllegalStateException("commit failed",
				new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError", neo4j));

		assertThat(ImportFailure.reason(ex)).startsWith("TransientException: " + neo4j)
			.contains("-Xmx1g")
			.contains("import the files a few at a time");
	}

}
