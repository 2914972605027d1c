package org.enforcementgraph.system.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/** An export restored into an empty database reproduces the graph exactly: the same fingerprint. */
@GraphIT
class BackupIT {

	@Autowired
	TestGraph graph;

	@Autowired
	GraphExport export;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@BeforeEach
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void anExportRestoredIntoAnEmptyDatabaseHasTheSameFingerprint() {
		String original = this.fingerprint.of();
		Path file = this.dir.resolve("backup.jsonl.gz");
		Map<String, Long> written = this.export.writeTo(file);
		assertThat(written.get("nodes")).isEqualTo(this.graph.value("MATCH (n) RETURN count(n)", Map.of()));
		assertThat(written.get("relationships")).isEqualTo(this.graph.value("MATCH ()-[r]->() RETURN count(r)", Map.of()));

		String dataDir = "--enforcement-graph.data-dir=" + this.dir.resolve("restored");
		Output restored = Output.launch("restore", file.toString(), dataDir);
		assertThat(restored.exitCode()).as(restored.err()).isZero();
		assertThat(restored.out()).contains("fingerprint " + original);
		Output printed = Output.launch("fingerprint", dataDir);
		assertThat(printed.out().strip()).isEqualTo(original);

		Output again = Output.launch("restore", file.toString(), dataDir);
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err()).contains("restore needs an empty one");
	}

	@Test
	void aRestoreThatFailsHalfwayLeavesTheDatabaseEmpty() throws Exception {
		String original = this.fingerprint.of();
		Path file = this.dir.resolve("backup.jsonl");
		this.export.writeTo(file);
		// The nodes and most relationships are fine; one relationship points at a county the export does not hold.
		Path broken = Files.writeString(this.dir.resolve("broken.jsonl"), Files.readString(file)
				+ "{\"end\":\"county:99999\",\"endLabel\":\"County\",\"kind\":\"relationship\",\"properties\":{\"sources\":[]},"
				+ "\"start\":\"state:TX\",\"startLabel\":\"State\",\"type\":\"HAS_COUNTY\"}\n");
		String dataDir = "--enforcement-graph.data-dir=" + this.dir.resolve("half");
		Output refused = Output.launch("restore", broken.toString(), dataDir);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("[:HAS_COUNTY]", "'county:99999'", "nothing was restored");
		// Empty again: the good export restores into the same directory.
		Output restored = Output.launch("restore", file.toString(), dataDir);
		assertThat(restored.exitCode()).as(restored.err()).isZero();
		assertThat(restored.out()).contains("fingerprint " + original);
	}

	@Test
	void theFingerprintChangesWithAnyValue() {
		String before = this.fingerprint.of();
		this.graph.rows("MATCH (c:County {fips: '48201'}) SET c.name = 'Harris County '", Map.of());
		assertThat(this.fingerprint.of()).isNotEqualTo(before);
		this.graph.rows("MATCH (c:County {fips: '48201'}) SET c.name = 'Harris County'", Map.of());
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotAnExportIsRefusedAndNothingIsWritten() throws Exception {
		Path junk = Files.writeString(this.dir.resolve("junk.jsonl"), "{\"hello\": 1}\n");
		Output refused = Output.launch("restore", junk.toString(), "--enforcement-graph.data-dir=" + this.dir.resolve("other"));
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("line 1: not an Enforcement Graph export");
	}

}
