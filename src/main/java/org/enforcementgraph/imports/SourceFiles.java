package org.enforcementgraph.imports;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Writes the Source node of an imported file: id and SHA-256 from its bytes, its file name as title unless given,
 * and the importers that read it ({@code importers}), which is how a second import of the same bytes is skipped.
 */
@Component
public final class SourceFiles {

	private final Cypher cypher;

	public SourceFiles(Cypher cypher) {
		this.cypher = cypher;
	}

	/**
	 * Merges the Source of {@code file} with {@code properties} (e.g. publisher, published, url, kind, list,
	 * snapshotDate) and records {@code importer} among its importers.
	 * @return the Source id
	 */
	public String record(String importer, ImportFile file, Map<String, ?> properties) {
		Map<String, Object> all = new HashMap<>();
		all.put("title", file.name());
		all.put("fileName", file.name());
		all.put("sha256", file.sha256());
		all.put("kind", "DATA_FILE");
		all.putAll(properties);
		this.cypher.run("""
				MERGE (s:Source {id: $id})
				SET s += $properties
				SET s.importers = CASE WHEN $importer IN coalesce(s.importers, []) THEN s.importers
				                       ELSE coalesce(s.importers, []) + $importer END""",
				Map.of("id", file.sourceId(), "properties", all, "importer", importer));
		return file.sourceId();
	}

}
