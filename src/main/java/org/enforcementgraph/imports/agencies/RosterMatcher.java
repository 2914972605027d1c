package org.enforcementgraph.imports.agencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.system.Cypher;

/**
 * Matches the agencies other sources name to the FBI roster's ({@link RosterMatching} has the rules), as
 * {@code (:Agency)-[:SAME_AS {method, confidence, sources}]->(:Agency {ori})}, the sources being the roster's. The
 * roster import and the imports that add agencies (ICE's lists, the Post's history) all call it, so the matches come
 * out the same whichever runs first; a match that no longer holds is removed. Does nothing while no roster is in the
 * graph.
 */
@Component
public final class RosterMatcher {

	static final String ROSTER = "agency:ori:";

	private final Cypher cypher;

	public RosterMatcher(Cypher cypher) {
		this.cypher = cypher;
	}

	/** What a run matched: how many by each rule, how many matches are new, changed or gone, and the unmatched. */
	public record Result(Map<String, Integer> byMethod, int created, int changed, int removed, List<RosterMatching.Outcome> unmatched) {

		public int matched() {
			return this.byMethod.values().stream().mapToInt(Integer::intValue).sum();
		}

		@Override
		public String toString() {
			return matched() + " agencies matched to the FBI roster " + this.byMethod + ", " + this.unmatched.size()
					+ " not matched; matches new " + this.created + ", changed " + this.changed + ", removed " + this.removed;
		}

	}

	public Result match() {
		List<RosterMatching.RosterAgency> roster = this.cypher.rows("""
				MATCH (a:Agency) WHERE a.id STARTS WITH $roster
				RETURN a.id AS id, a.ori AS ori, a.name AS name, a.state AS state, a.kind AS kind, a.countyKeys AS countyKeys""",
				Map.of("roster", ROSTER)).stream()
			.map(r -> new RosterMatching.RosterAgency(text(r, "id"), text(r, "ori"), text(r, "name"), text(r, "state"),
					text(r, "kind"), new HashSet<>(keys(r))))
			.toList();
		if (roster.isEmpty()) {
			return new Result(Map.of(), 0, 0, 0, List.of());
		}
		RosterMatching matching = new RosterMatching(roster);
		Map<String, Integer> byMethod = new TreeMap<>();
		List<RosterMatching.Outcome> unmatched = new ArrayList<>();
		List<Map<String, Object>> matches = new ArrayList<>();
		for (Map<String, Object> row : listedAgencies()) {
			RosterMatching.Outcome outcome = matching.match(new RosterMatching.ListedAgency(text(row, "id"), text(row, "name"),
					text(row, "state"), text(row, "kind"), text(row, "ori"), new HashSet<>(keys(row))));
			if (outcome.matched()) {
				byMethod.merge(outcome.method(), 1, Integer::sum);
				matches.add(Map.of("agency", outcome.agencyId(), "roster", outcome.rosterId(), "method", outcome.method(),
						"confidence", outcome.confidence()));
			}
			else {
				unmatched.add(outcome);
			}
		}
		return write(matches, byMethod, unmatched);
	}

	private List<Map<String, Object>> listedAgencies() {
		return this.cypher.rows("""
				MATCH (a:Agency) WHERE NOT a.id STARTS WITH $roster
				RETURN a.id AS id, a.name AS name, a.state AS state, a.kind AS kind, a.ori AS ori,
				       [k IN [a.countyKey] WHERE k IS NOT NULL]
				         + COLLECT { MATCH (a)-[s:SERVES]->(c:County) WHERE coalesce(s.method, '') <> $derived RETURN DISTINCT c.nameKey } AS countyKeys
				ORDER BY id""", Map.of("roster", ROSTER, "derived", CountyLinker.FROM_ROSTER_MATCH));
	}

	private Result write(List<Map<String, Object>> matches, Map<String, Integer> byMethod, List<RosterMatching.Outcome> unmatched) {
		Map<String, String> before = new HashMap<>();
		for (Map<String, Object> row : this.cypher.rows("""
				MATCH (a:Agency)-[s:SAME_AS]->(r:Agency) RETURN a.id + '|' + r.id AS key, s.method + '|' + s.confidence AS how""",
				Map.of())) {
			before.put(text(row, "key"), text(row, "how"));
		}
		List<String> keys = new ArrayList<>();
		int created = 0;
		int changed = 0;
		for (Map<String, Object> match : matches) {
			String key = match.get("agency") + "|" + match.get("roster");
			keys.add(key);
			String how = before.get(key);
			if (how == null) {
				created++;
			}
			else if (!how.equals(match.get("method") + "|" + match.get("confidence"))) {
				changed++;
			}
		}
		int removed = ((Number) this.cypher.rows("""
				MATCH (a:Agency)-[s:SAME_AS]->(r:Agency) WHERE NOT a.id + '|' + r.id IN $keys
				DELETE s
				RETURN count(*) AS removed""", Map.of("keys", keys)).get(0).get("removed")).intValue();
		this.cypher.run("""
				UNWIND $matches AS m
				MATCH (a:Agency {id: m.agency})
				MATCH (r:Agency {id: m.roster})
				MERGE (a)-[s:SAME_AS]->(r)
				SET s.method = m.method, s.confidence = m.confidence,
				    s.sources = COLLECT { MATCH (r)-[:CITES]->(source:Source) RETURN source.id ORDER BY source.id }""",
				Map.of("matches", matches));
		return new Result(byMethod, created, changed, removed, unmatched);
	}

	private static String text(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value == null) ? null : value.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> keys(Map<String, Object> row) {
		Object keys = row.get("countyKeys");
		return (keys == null) ? List.of() : (List<String>) keys;
	}

}
