package org.enforcementgraph.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.enforcementgraph.state.StateNames;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * The jurisdiction a curated row names in its {@code jurisdiction} (or {@code recipient}) column: a five-digit county
 * FIPS code (the County must be in the graph), an agency id {@code agency:<ST>:<key>} (the Agency must be in the graph),
 * or the name of a town or city in the row's {@code state} (its Place is created when new).
 */
public final class LocalJurisdictions {

	/** A jurisdiction: its id, label, the key policy and grant ids are made from, and for new places their name. */
	public record Jurisdiction(String id, String label, String key, String state, String placeName) {
	}

	private final Set<String> known = new HashSet<>();

	private LocalJurisdictions() {
	}

	/** The counties and agencies the graph holds, read once per file. */
	public static LocalJurisdictions load(Cypher cypher) {
		LocalJurisdictions jurisdictions = new LocalJurisdictions();
		for (Map<String, Object> row : cypher.rows("MATCH (n) WHERE n:County OR n:Agency RETURN n.id AS id", Map.of())) {
			jurisdictions.known.add((String) row.get("id"));
		}
		return jurisdictions;
	}

	/**
	 * The jurisdiction of {@code column} in {@code row}, or empty after rejecting the row with the reason.
	 */
	public Optional<Jurisdiction> resolve(TableRow row, String column, RejectedRows rejected) {
		String text = Columns.text(row, column).strip();
		Optional<String> state = Columns.value(row, "state").flatMap(StateNames::of).map(StateNames.State::postal);
		if (text.matches("\\d{5}")) {
			String id = "county:" + text;
			if (!this.known.contains(id)) {
				return reject(row, column, rejected, "no county with this FIPS code in the graph (run import counties first)");
			}
			if (state.isPresent() && !StateNames.of(state.get()).map(StateNames.State::fips).orElse("").equals(text.substring(0, 2))) {
				return reject(row, column, rejected, "is not a county of " + state.get());
			}
			return Optional.of(new Jurisdiction(id, "County", "county-" + text, null, null));
		}
		if (text.startsWith("agency:")) {
			if (!this.known.contains(text)) {
				return reject(row, column, rejected, "no agency with this id in the graph");
			}
			return Optional.of(new Jurisdiction(text, "Agency", text.substring("agency:".length()), null, null));
		}
		if (text.isEmpty() || state.isEmpty()) {
			return reject(row, column, rejected, "expected a county FIPS code, an agency id (agency:ST:key), or a town's name with its state");
		}
		String key = Keys.slug(text);
		return Optional.of(new Jurisdiction("place:" + state.get() + ":" + key, "Place", "place-" + state.get() + "-" + key,
				state.get(), text));
	}

	private static Optional<Jurisdiction> reject(TableRow row, String column, RejectedRows rejected, String reason) {
		Columns.reject(row, rejected, column, reason);
		return Optional.empty();
	}

	/** Writes the Places among {@code jurisdictions} that are new, citing {@code sourceId}. */
	public static void writePlaces(Cypher cypher, List<Jurisdiction> jurisdictions, String sourceId) {
		List<Map<String, String>> places = jurisdictions.stream()
			.filter(j -> "Place".equals(j.label()))
			.distinct()
			.map(j -> Map.of("id", j.id(), "name", j.placeName(), "state", j.state()))
			.toList();
		cypher.run("""
				MATCH (source:Source {id: $source})
				UNWIND $places AS m
				MATCH (state:State {postal: m.state})
				MERGE (p:Place {id: m.id})
				SET p.state = m.state,
				    p.name = CASE WHEN p.name IS NULL OR size(m.name) > size(p.name) OR (size(m.name) = size(p.name) AND m.name < p.name)
				                  THEN m.name ELSE p.name END
				MERGE (p)-[:CITES]->(source)
				MERGE (p)-[r:IN_STATE]->(state)
				SET r.sources = %s""".formatted(Cypher.sortedSetWith("r.sources", "[$source]")),
				Map.of("source", sourceId, "places", places));
	}

}
