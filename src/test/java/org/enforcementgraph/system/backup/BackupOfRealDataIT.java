package org.enforcementgraph.system.backup;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.RealGraph;
import org.enforcementgraph.RealGraphLast;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup of all the real data, restored into an empty database, is the same graph: the same fingerprint. */
@GraphIT
@RealGraphLast.Uses
class BackupOfRealDataIT {

	@Autowired
	RealGraph realGraph;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphExport export;

	@Autowired
	Fingerprint fingerprint;

	@Test
	void theRealGraphRestoredIsTheSameGraph(@TempDir Path dir) {
		this.realGraph.ensure();
		String original = this.fingerprint.of();
		Path file = dir.resolve("backup.jsonl.gz");
		Map<String, Long> written = this.export.writeTo(file);
		assertThat(written.get("nodes")).isEqualTo(this.graph.value("MATCH (n) RETURN count(n)", Map.of()))
			.isGreaterThan(30_000L);
		Output restored = Output.launch("restore", file.toString(), "--enforcement-graph.data-dir=" + dir.resolve("restored"));
		assertThat(restored.exitCode()).as(restored.err()).isZero();
		assertThat(restored.out()).contains("fingerprint " + original);
	}

}
