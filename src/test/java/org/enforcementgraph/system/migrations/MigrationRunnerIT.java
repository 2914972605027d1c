package org.enforcementgraph.system.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.GraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphIT
class MigrationRunnerIT {

	@Autowired
	MigrationRunner runner;

	@Autowired
	TestGraph graph;

	@Test
	void everyMigrationFileIsRecordedOnceWithItsChecksum() {
		List<Migration> files = MigrationRunner.load();
		List<Map<String, Object>> recorded = this.graph.rows(
				"MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum, m.file AS file ORDER BY m.version",
				Map.of());
		assertThat(recorded).hasSize(files.size());
		for (int i = 0; i < files.size(); i++) {
			assertThat(recorded.get(i)).containsEntry("file", files.get(i).fileName())
				.containsEntry("checksum", files.get(i).checksum());
		}
	}

	@Test
	void applyingAgainChangesNothing() {
		assertThat(this.runner.apply(MigrationRunner.load())).isZero();
		assertThat(this.graph.value("MATCH (m:Migration) RETURN count(m)", Map.of()))
			.isEqualTo((long) MigrationRunner.load().size());
	}

	@Test
	void theFirstMigrationsCreateTheKeyConstraintsAndTheSearchIndex() {
		List<Object> constraints = this.graph.rows("SHOW CONSTRAINTS YIELD name RETURN name", Map.of())
			.stream()
			.map(r -> r.get("name"))
			.toList();
		assertThat(constraints).contains("county_fips", "agency_id", "agreement_id", "source_id", "law_id");
		assertThat(this.graph.value("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'names' RETURN count(*)", Map.of()))
			.isEqualTo(1L);
	}

	@Test
	void anAppliedMigrationThatWasEditedIsRefusedByName() {
		List<Migration> edited = new ArrayList<>(MigrationRunner.load());
		Migration first = edited.get(0);
		edited.set(0, Migration.parse(first.fileName(), String.join(";\n", first.statements()) + ";\n// edited\nRETURN 1;"));
		assertThatThrownBy(() -> this.runner.apply(edited)).isInstanceOf(GraphException.class)
			.hasMessageContaining(first.fileName())
			.hasMessageContaining("edited after it was applied");
	}

	@Test
	void aNewMigrationIsAppliedAndRecorded() {
		List<Migration> withNew = new ArrayList<>(MigrationRunner.load());
		withNew.add(Migration.parse("V9990__Test_marker.cypher",
				"CREATE INDEX test_marker IF NOT EXISTS FOR (n:TestMarker) ON (n.x);"));
		try {
			assertThat(this.runner.apply(withNew)).isEqualTo(1);
			assertThat(this.graph.value("MATCH (m:Migration {version: 9990}) RETURN m.description", Map.of()))
				.isEqualTo("Test marker");
		}
		finally {
			this.graph.rows("MATCH (m:Migration {version: 9990}) DELETE m", Map.of());
			this.graph.rows("DROP INDEX test_marker IF EXISTS", Map.of());
		}
	}

}
