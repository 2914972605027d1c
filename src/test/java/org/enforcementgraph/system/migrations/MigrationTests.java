package org.enforcementgraph.system.migrations;

import org.junit.jupiter.api.Test;

import org.enforcementgraph.system.GraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTests {

	@Test
	void splitsStatementsAtSemicolonsEndingALineAndSkipsComments() {
		Migration migration = Migration.parse("V0040__Two_things.cypher", """
				// why this migration exists
				CREATE INDEX a IF NOT EXISTS
				FOR (n:A) ON (n.x);

				CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
				""");
		assertThat(migration.version()).isEqualTo(40);
		assertThat(migration.description()).isEqualTo("Two things");
		assertThat(migration.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)");
	}

	@Test
	void checksumIgnoresLineEndingsButNotContent() {
		String unix = Migration.parse("V0001__A.cypher", "RETURN 1;\n").checksum();
		assertThat(Migration.parse("V0001__A.cypher", "RETURN 1;\r\n").checksum()).isEqualTo(unix);
		assertThat(Migration.parse("V0001__A.cypher", "RETURN 2;\n").checksum()).isNotEqualTo(unix);
	}

	@Test
	void refusesFilesNotNamedLikeVersionedMigrations() {
		assertThatThrownBy(() -> Migration.parse("create_things.cypher", "RETURN 1;"))
			.isInstanceOf(GraphException.class)
			.hasMessageContaining("create_things.cypher")
			.hasMessageContaining("V0010__Some_description.cypher");
	}

	@Test
	void theProjectsMigrationsLoadInVersionOrder() {
		assertThat(MigrationRunner.load()).extracting(Migration::version).isSorted().first().isEqualTo(10);
	}

}
