package org.enforcementgraph.imports.ice287g;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.enforcementgraph.system.Keys;

/**
 * A value ICE printed differently from one list to the next (a signing date, an agency's name, its county): a
 * {@code Correction} of kind {@code SOURCE_CHANGE} on the agreement or agency, citing the last list that printed the
 * old value and the first that printed the new one.
 */
final class HistoryCorrections {

	static final String IMPORTER = "ice-287g";

	private HistoryCorrections() {
	}

	static void add(DerivedGraph graph, String label, String targetId, String field, Object oldValue, Object newValue,
			String reason, Snapshot before, Snapshot after) {
		String id = "correction:" + Keys.hash(String.join("|", targetId, field, String.valueOf(oldValue),
				String.valueOf(newValue), after.sourceId()));
		Map<String, Object> properties = new HashMap<>();
		properties.put("field", field);
		properties.put("oldValue", String.valueOf(oldValue));
		properties.put("newValue", String.valueOf(newValue));
		properties.put("reason", reason);
		properties.put("kind", "SOURCE_CHANGE");
		properties.put("importer", IMPORTER);
		properties.put("at", after.at().atZone(ZoneOffset.UTC));
		properties.put("changedOn", after.date());
		properties.put("previousSeen", before.date());
		graph.node("Correction", id, properties);
		graph.edge("CORRECTS", "Correction", id, label, targetId, Map.of());
		graph.edge("CITES", "Correction", id, "Source", before.sourceId(), Map.of());
		graph.edge("CITES", "Correction", id, "Source", after.sourceId(), Map.of());
	}

}
