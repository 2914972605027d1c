package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * Works out, from everything the detention imports put in the graph, what follows from it: which facility each
 * yearly row is ({@link FacilityIdentity}), each facility's name, address and type (its newest row's, else the
 * lists'), which county it is in ({@link FacilityLocations}) and its detention agreements
 * ({@link DetentionAgreements}). It runs at the end of every {@code import ice-detention} (in its own transaction, also
 * when every file was skipped, so an interrupted import is completed by the next one and counties imported since are
 * used) and gives the same graph whatever order the files came in, because it reads only what the graph holds.
 */
@Component
final class FacilityDerivation {

	/** Facilities this import keeps: those of the DETLOC lists and those of yearly rows. */
	static final String MINE = "(f.referenceSources IS NOT NULL OR EXISTS { (f)-[:HAS_YEAR]->(_y:FacilityYear WHERE _y.observation IS NOT NULL) })";

	private final Cypher cypher;

	private final FacilityLocations locations;

	private final DetentionAgreements agreements;

	FacilityDerivation(Cypher cypher, FacilityLocations locations, DetentionAgreements agreements) {
		this.cypher = cypher;
		this.locations = locations;
		this.agreements = agreements;
	}

	/** What the derivation found, for the import summary. */
	record Result(int facilities, int yearsMoved, int located, int notLocated, int agreements, int withoutParty) {
	}

	Result derive() {
		int moved = assignYears();
		int facilities = facilityProperties();
		Map<String, FacilityLocations.Location> located = this.locations.locate();
		DetentionAgreements.Written written = this.agreements.write(located);
		return new Result(facilities, moved, located.size(), facilities - located.size(), written.agreements(),
				written.withoutParty());
	}

	private int assignYears() {
		List<FacilityIdentity.Reference> references = new ArrayList<>();
		for (Map<String, Object> r : this.cypher.rows("""
				MATCH (f:Facility) WHERE f.referenceSources IS NOT NULL
				RETURN f.id AS id, f.state AS state, f.referenceNameKeys AS names, f.referenceAddressKeys AS addresses""",
				Map.of())) {
			references.add(new FacilityIdentity.Reference((String) r.get("id"), (String) r.get("state"),
					new HashSet<>(strings(r.get("names"))), new HashSet<>(strings(r.get("addresses")))));
		}
		List<FacilityIdentity.Year> years = new ArrayList<>();
		Map<String, String> current = new HashMap<>();
		Map<String, String> stateOf = new HashMap<>();
		Map<String, Integer> yearOf = new HashMap<>();
		for (Map<String, Object> r : this.cypher.rows("""
				MATCH (y:FacilityYear) WHERE y.observation IS NOT NULL
				OPTIONAL MATCH (f:Facility)-[:HAS_YEAR]->(y)
				RETURN y.observation AS observation, y.fiscalYear AS fiscalYear, y.state AS state, y.nameKey AS name,
				       y.cityAddressKey AS address, y.id AS yearId, f.id AS facility""", Map.of())) {
			String observation = (String) r.get("observation");
			int fiscalYear = ((Number) r.get("fiscalYear")).intValue();
			years.add(new FacilityIdentity.Year(observation, fiscalYear, (String) r.get("state"), (String) r.get("name"),
					(String) r.get("address")));
			current.put(observation, (r.get("facility") != null) ? r.get("facility") + "|" + r.get("yearId") : null);
			stateOf.put(observation, (String) r.get("state"));
			yearOf.put(observation, fiscalYear);
		}
		List<Map<String, Object>> moves = new ArrayList<>();
		FacilityIdentity.assign(references, years).forEach((observation, facilityId) -> {
			String yearId = "facility-year:" + facilityId.substring("facility:".length()) + ":FY" + yearOf.get(observation);
			if (!Objects.equals(current.get(observation), facilityId + "|" + yearId)) {
				moves.add(Map.of("observation", observation, "facilityId", facilityId, "yearId", yearId, "state",
						stateOf.get(observation)));
			}
		});
		// Two steps, so that ids two rows swap are never held twice at once.
		this.cypher.run("""
				UNWIND $moves AS m
				MATCH (y:FacilityYear {observation: m.observation})
				OPTIONAL MATCH (:Facility)-[h:HAS_YEAR]->(y)
				DELETE h
				SET y.id = 'pending:' + m.observation""", Map.of("moves", moves));
		this.cypher.run("""
				UNWIND $moves AS m
				MATCH (y:FacilityYear {observation: m.observation})
				MERGE (f:Facility {id: m.facilityId})
				ON CREATE SET f.state = m.state
				SET y.id = m.yearId
				MERGE (f)-[:HAS_YEAR]->(y)""", Map.of("moves", moves));
		this.cypher.run("""
				MATCH (f:Facility) WHERE f.referenceSources IS NULL AND f.detloc IS NULL AND NOT EXISTS { (f)-[:HAS_YEAR]->() }
				DETACH DELETE f""", Map.of());
		return moves.size();
	}

	/** Name, address, type, ... from the newest yearly row, else the newer list; CITES every source that names it. */
	private int facilityProperties() {
		return ((Number) this.cypher.rows("""
				MATCH (f:Facility) WHERE %s
				CALL (f) {
				  OPTIONAL MATCH (f)-[:HAS_YEAR]->(y:FacilityYear) WHERE y.observation IS NOT NULL
				  WITH y ORDER BY y.fiscalYear DESC, y.dataDate DESC
				  RETURN collect(y) AS years
				}
				WITH f, years, years[0] AS newest
				SET f.name = coalesce(newest.name, f.uwchrName, f.listingName),
				    f.address = coalesce(newest.address, f.uwchrAddress, f.listingAddress),
				    f.city = coalesce(newest.city, f.uwchrCity, f.listingCity),
				    f.zip = coalesce(newest.zip, f.uwchrZip, f.listingZip),
				    f.aor = coalesce(newest.aor, f.uwchrAor),
				    f.type = coalesce(newest.type, f.uwchrTypeDetailed, f.listingTypeDetailed),
				    f.names = COLLECT { UNWIND [y IN years | y.name] + [f.uwchrName, f.listingName] AS n
				                        WITH DISTINCT n WHERE n IS NOT NULL RETURN n ORDER BY n },
				    f.fiscalYears = COLLECT { UNWIND years AS y WITH DISTINCT y.fiscalYear AS fy RETURN fy ORDER BY fy },
				    f.operatorAsPrinted = f.listingOperator, f.ownerAsPrinted = f.listingOwner
				WITH f, coalesce(f.referenceSources, [])
				        + COLLECT { MATCH (f)-[:HAS_YEAR]->(:FacilityYear)-[:CITES]->(s:Source) RETURN s.id } AS wanted
				CALL (f, wanted) {
				  MATCH (f)-[c:CITES]->(s:Source) WHERE NOT s.id IN wanted
				  DELETE c
				}
				CALL (f, wanted) {
				  UNWIND wanted AS sourceId
				  MATCH (s:Source {id: sourceId})
				  MERGE (f)-[:CITES]->(s)
				}
				RETURN count(DISTINCT f) AS facilities""".formatted(MINE), Map.of()).get(0).get("facilities")).intValue();
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object list) {
		return (list == null) ? List.of() : (List<String>) list;
	}

}
