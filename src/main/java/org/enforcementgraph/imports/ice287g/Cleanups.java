package org.enforcementgraph.imports.ice287g;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Writes the clean-ups of each file as {@code Correction}s of kind {@code IMPORT}: one per column, value printed,
 * value used and reason, with the rows it touched, citing the file and correcting each entry it changed (grouped
 * clean-ups, such as stray spaces, are counted but not linked: every entry keeps its cells as printed).
 */
final class Cleanups {

	private final Cypher cypher;

	Cleanups(Cypher cypher) {
		this.cypher = cypher;
	}

	/** Writes the clean-ups of all the lists read, in one statement, once their entries are written. */
	void write(List<ListImport.ListFile> files) {
		List<Map<String, Object>> corrections = new ArrayList<>();
		for (ListImport.ListFile file : files) {
			Snapshot snapshot = file.snapshot();
			file.log().all().forEach((cleanup, entryIds) -> {
				Map<String, Object> properties = new HashMap<>();
				properties.put("id", "correction:" + Keys.hash(String.join("|", snapshot.sourceId(), cleanup.column(),
						String.valueOf(cleanup.oldValue()), String.valueOf(cleanup.newValue()), cleanup.reason())));
				properties.put("field", cleanup.column());
				properties.put("oldValue", cleanup.oldValue());
				properties.put("newValue", cleanup.newValue());
				properties.put("reason", cleanup.reason());
				properties.put("kind", "IMPORT");
				properties.put("importer", HistoryCorrections.IMPORTER);
				properties.put("at", snapshot.at().atZone(ZoneOffset.UTC));
				properties.put("count", entryIds.size());
				properties.put("rows", entryIds.stream().map(id -> Integer.parseInt(id.substring(id.lastIndexOf(':') + 1))).toList());
				corrections.add(Map.of("sourceId", snapshot.sourceId(), "properties", properties,
						"entries", (cleanup.oldValue() == null) ? List.of() : entryIds));
			});
		}
		this.cypher.run("""
				UNWIND $corrections AS correction
				MATCH (source:Source {id: correction.sourceId})
				CREATE (c:Correction) SET c = correction.properties
				CREATE (c)-[:CITES]->(source)
				WITH c, correction
				UNWIND correction.entries AS entryId
				MATCH (e:ListEntry {id: entryId})
				CREATE (c)-[:CORRECTS]->(e)""", Map.of("corrections", corrections));
	}

}
