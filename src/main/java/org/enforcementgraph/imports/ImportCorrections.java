package org.enforcementgraph.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Records what an import cleaned as {@code Correction} nodes of kind {@code IMPORT}, with the value as printed and
 * the value used, the file's row and why, citing the file: a reader can always see what the source itself said.
 */
public final class ImportCorrections {

	/**
	 * One value an import changed.
	 * @param corrects the id of the node it corrects, or null when the cleanup is of the row rather than of one node
	 */
	public record Cleaned(int row, String field, String printed, String used, String reason, String corrects) {
	}

	private ImportCorrections() {
	}

	/**
	 * @param correctedLabel the label of the nodes the corrections are of (linked {@code -[:CORRECTS]->}), a constant
	 * of the caller's: it is written into the statement
	 */
	public static void write(Cypher cypher, String importer, String sourceId, String correctedLabel, List<Cleaned> cleaned) {
		List<Map<String, Object>> rows = cleaned.stream().map(c -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", "correction:" + Keys.hash(sourceId + "|" + c.row() + "|" + c.field()));
			row.put("field", c.field());
			row.put("oldValue", c.printed());
			row.put("newValue", c.used());
			row.put("reason", c.reason());
			row.put("rows", List.of(c.row()));
			row.put("corrects", c.corrects());
			return row;
		}).toList();
		cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $rows AS row
				MERGE (c:Correction {id: row.id})
				SET c.field = row.field, c.oldValue = row.oldValue, c.newValue = row.newValue, c.reason = row.reason,
				    c.rows = row.rows, c.kind = 'IMPORT', c.importer = $importer, c.count = 1
				MERGE (c)-[:CITES]->(source)
				WITH c, row WHERE row.corrects IS NOT NULL
				MATCH (fact:%s {id: row.corrects})
				MERGE (c)-[:CORRECTS]->(fact)""".formatted(correctedLabel),
				Map.of("sourceId", sourceId, "rows", rows, "importer", importer));
	}

}
