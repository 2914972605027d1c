package org.enforcementgraph.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Neo4j's Java API gives list properties as arrays; the driver, and so the callers of Cypher, as lists. */
class InProcessValuesTests {

	@Test
	void arraysBecomeListsAtAnyDepth() {
		Map<String, Object> row = InProcessValues.row(Map.of("sources", new String[] {"source:a", "source:b"},
				"nested", Map.of("counts", new long[] {1, 2}), "list", List.of(new double[] {0.5})));
		assertThat(row).isEqualTo(Map.of("sources", List.of("source:a", "source:b"), "nested", Map.of("counts", List.of(1L, 2L)),
				"list", List.of(List.of(0.5))));
	}

}
