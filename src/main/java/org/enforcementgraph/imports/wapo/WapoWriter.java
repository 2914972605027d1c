package org.enforcementgraph.imports.wapo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.enforcementgraph.agency.AgencyIds;
import org.enforcementgraph.agency.AgencyKinds;
import org.enforcementgraph.agreement.AgreementIds;
import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.imports.ImportCorrections;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Writes the Post's rows: agencies (merged with those ICE's lists name, by id), the heads as people who held
 * office in the year of the file, past agreements from each run of marked years, and the clean-ups as corrections.
 * Lists (sources, years) are kept sorted, so two files give the same graph in either order.
 */
final class WapoWriter {

	private final Cypher cypher;

	WapoWriter(Cypher cypher) {
		this.cypher = cypher;
	}

	/** How many of each were written. */
	record Written(int agencies, int agreements, int people) {
	}

	Written write(List<WapoRow> rows, int compiled, String sourceId, List<WapoSheet.Cleanup> cleanups) {
		Map<String, Map<String, Object>> agencies = new LinkedHashMap<>();
		Map<String, TreeSet<Integer>> years = new LinkedHashMap<>();
		Map<String, String> notes = new HashMap<>();
		List<Map<String, Object>> people = new ArrayList<>();
		for (WapoRow row : rows) {
			String agencyId = AgencyIds.of(row.state(), row.agencyName());
			String kind = AgencyKinds.of(row.agencyName(), null);
			String county = CountyNames.inAgencyName(row.agencyName(), kind).orElse(null);
			Map<String, Object> agency = agencies.computeIfAbsent(agencyId, id -> new HashMap<>(Map.of("id", id)));
			agency.putIfAbsent("name", row.agencyName());
			agency.putIfAbsent("kind", kind);
			agency.putIfAbsent("state", row.state());
			agency.putIfAbsent("countyName", county);
			agency.putIfAbsent("countyKey", (county != null) ? CountyNames.key(county) : null);
			if (row.ori() != null) {
				agency.putIfAbsent("ori", row.ori());
			}
			// An agency the sheet lists twice (Butler County OH, Bristol County MA) took part in the years of both rows.
			years.computeIfAbsent(agencyId, id -> new TreeSet<>()).addAll(row.years());
			if (row.note() != null) {
				notes.merge(agencyId, row.note(), (a, b) -> a + "\n" + b);
			}
			if (row.head() != null) {
				Map<String, Object> person = new HashMap<>();
				person.put("id", "person:" + row.state() + ":" + Keys.slug(row.head()));
				person.put("name", row.head());
				person.put("agencyId", agencyId);
				person.put("tenureId", "tenure:" + Keys.slug(row.head()) + ":" + AgreementIds.partyKey(agencyId));
				person.put("title", row.headTitle());
				person.put("note", row.headNote());
				people.add(person);
			}
		}
		List<Map<String, Object>> agreements = new ArrayList<>();
		years.forEach((agencyId, marked) -> {
			for (List<Integer> run : runs(List.copyOf(marked))) {
				int first = run.get(0);
				int last = run.get(run.size() - 1);
				Map<String, Object> agreement = new HashMap<>();
				agreement.put("id", "agreement:287g:" + AgreementIds.partyKey(agencyId) + ":wapo:" + first + "-" + last);
				agreement.put("agencyId", agencyId);
				agreement.put("years", run);
				agreement.put("firstSeen", LocalDate.of(first, 1, 1));
				agreement.put("lastSeen", LocalDate.of(last, 12, 31));
				agreement.put("until", LocalDate.of(last + 1, 1, 1));
				agreement.put("note", notes.get(agencyId));
				agreements.add(agreement);
			}
		});
		Map<String, Object> parameters = Map.of("sourceId", sourceId, "year", compiled, "agencies", List.copyOf(agencies.values()),
				"agreements", agreements, "people", people);
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $agencies AS row
				MATCH (state:State {postal: row.state})
				MERGE (a:Agency {id: row.id})
				ON CREATE SET a.name = row.name, a.kind = row.kind, a.state = row.state
				SET a.countyName = coalesce(a.countyName, row.countyName), a.countyKey = coalesce(a.countyKey, row.countyKey)
				FOREACH (_ IN CASE WHEN row.ori IS NOT NULL AND $year >= coalesce(a.oriYear, 0) THEN [1] END |
				  SET a.ori = row.ori, a.oriYear = $year)
				MERGE (a)-[:CITES]->(source)
				MERGE (a)-[r:IN_STATE]->(state)
				SET r.sources = %s""".formatted(Cypher.sortedSetWith("r.sources", "$sourceId")), parameters);
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				MERGE (ice:FederalAgency {id: 'federal-agency:ICE'})
				ON CREATE SET ice.code = 'ICE', ice.name = 'U.S. Immigration and Customs Enforcement'
				MERGE (ice)-[:CITES]->(source)
				WITH source, ice
				UNWIND $agreements AS row
				MATCH (a:Agency {id: row.agencyId})
				MERGE (g:Agreement {id: row.id})
				SET g.program = 'SECTION_287G', g.status = 'HISTORICAL', g.years = row.years, g.firstSeen = row.firstSeen,
				    g.lastSeen = row.lastSeen, g.activeFrom = [row.firstSeen], g.activeUntil = [row.until], g.note = row.note
				MERGE (g)-[:CITES]->(source)
				MERGE (a)-[p:PARTY_TO]->(g)
				SET p.sources = %s
				MERGE (g)-[w:WITH]->(ice)
				SET w.sources = %s""".formatted(Cypher.sortedSetWith("p.sources", "$sourceId"),
				Cypher.sortedSetWith("w.sources", "$sourceId")), parameters);
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $people AS row
				MATCH (a:Agency {id: row.agencyId})
				MERGE (p:Person {id: row.id})
				ON CREATE SET p.name = row.name
				MERGE (p)-[:CITES]->(source)
				MERGE (p)-[t:HELD_OFFICE]->(a)
				SET t.id = row.tenureId, t.title = row.title, t.note = coalesce(row.note, t.note),
				    t.knownInOffice = %s, t.sources = %s""".formatted(Cypher.sortedSetWith("t.knownInOffice", "$year"),
				Cypher.sortedSetWith("t.sources", "$sourceId")), parameters);
		writeCleanups(cleanups, sourceId);
		return new Written(agencies.size(), agreements.size(), people.size());
	}

	private void writeCleanups(List<WapoSheet.Cleanup> cleanups, String sourceId) {
		ImportCorrections.write(this.cypher, "wapo-287g", sourceId, "Agency", cleanups.stream()
			.map(c -> new ImportCorrections.Cleaned(c.row(), c.column(), c.printed(), c.used(), c.reason(), null))
			.toList());
	}

	/** Runs of consecutive years: 2008–2012 and 2015–2019 from the marks of 2008 to 2012 and 2015 to 2019. */
	static List<List<Integer>> runs(List<Integer> years) {
		List<List<Integer>> runs = new ArrayList<>();
		for (int year : years) {
			if (runs.isEmpty() || runs.get(runs.size() - 1).get(runs.get(runs.size() - 1).size() - 1) != year - 1) {
				runs.add(new ArrayList<>());
			}
			runs.get(runs.size() - 1).add(year);
		}
		return runs;
	}

}
