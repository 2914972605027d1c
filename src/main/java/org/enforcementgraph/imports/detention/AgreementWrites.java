package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.system.Cypher;

/**
 * Writes the detention agreements {@link DetentionAgreements} worked out, with their parties (a sheriff's office or
 * a city this import names gets its Agency or Place node), {@code -[:FOR_FACILITY]->}, {@code -[:WITH]->} ICE or the
 * Marshals Service, and removes the agreements of this import that no longer follow from the graph.
 */
@Component
final class AgreementWrites {

	private final Cypher cypher;

	AgreementWrites(Cypher cypher) {
		this.cypher = cypher;
	}

	DetentionAgreements.Written write(List<Map<String, Object>> agreements) {
		List<Map<String, Object>> rows = new ArrayList<>();
		int withoutParty = 0;
		for (Map<String, Object> a : agreements) {
			AgreementParties.Party party = (AgreementParties.Party) a.get("party");
			Map<String, Object> row = new HashMap<>(a);
			row.remove("party");
			row.put("partyLabel", party.label());
			row.put("partyId", party.id());
			row.put("partyName", party.name());
			row.put("countyKey", (a.get("countyName") != null) ? CountyNames.key((String) a.get("countyName")) : null);
			rows.add(row);
			withoutParty += (party.id() == null) ? 1 : 0;
		}
		this.cypher.run("""
				UNWIND $rows AS a
				WITH a.counterpartyId AS id, collect(a.sources) AS sourceLists
				MERGE (fa:FederalAgency {id: id})
				ON CREATE SET fa.code = split(id, ':')[1],
				              fa.name = CASE id WHEN 'federal-agency:ICE' THEN 'U.S. Immigration and Customs Enforcement'
				                                ELSE 'U.S. Marshals Service' END
				WITH fa, reduce(all = [], l IN sourceLists | all + l) AS sourceIds
				UNWIND sourceIds AS sourceId
				WITH DISTINCT fa, sourceId
				MATCH (s:Source {id: sourceId})
				MERGE (fa)-[:CITES]->(s)""", Map.of("rows", rows));
		this.cypher.run("""
				UNWIND $rows AS a
				WITH a WHERE a.partyLabel = 'Agency'
				MATCH (state:State {postal: a.state}), (county:County {fips: a.fips})
				MERGE (p:Agency {id: a.partyId})
				ON CREATE SET p.name = a.partyName, p.kind = 'SHERIFF', p.state = a.state, p.countyName = a.countyName,
				              p.countyKey = a.countyKey
				WITH a, p, state, county
				UNWIND a.sources AS sourceId
				MATCH (s:Source {id: sourceId})
				MERGE (p)-[:CITES]->(s)
				MERGE (p)-[i:IN_STATE]->(state) SET i.sources = %1$s
				MERGE (p)-[v:SERVES]->(county) SET v.sources = %2$s, v.method = 'sheriff of the county'""".formatted(
				Cypher.sortedSetWith("i.sources", "[sourceId]"), Cypher.sortedSetWith("v.sources", "[sourceId]")),
				Map.of("rows", rows));
		this.cypher.run("""
				UNWIND $rows AS a
				WITH a WHERE a.partyLabel = 'Place'
				MATCH (state:State {postal: a.state})
				MERGE (p:Place {id: a.partyId})
				ON CREATE SET p.name = a.partyName, p.state = a.state
				WITH a, p, state
				UNWIND a.sources AS sourceId
				MATCH (s:Source {id: sourceId})
				MERGE (p)-[:CITES]->(s)
				MERGE (p)-[i:IN_STATE]->(state) SET i.sources = %1$s
				WITH a, p, s WHERE a.fips IS NOT NULL
				MATCH (county:County {fips: a.fips})
				MERGE (p)-[c:IN_COUNTY]->(county) SET c.sources = %2$s""".formatted(
				Cypher.sortedSetWith("i.sources", "[s.id]"), Cypher.sortedSetWith("c.sources", "[s.id]")),
				Map.of("rows", rows));
		this.cypher.run("""
				UNWIND $rows AS a
				MERGE (n:Agreement {id: a.properties.id})
				SET n = a.properties
				WITH n, a
				CALL (n, a) {
				  MATCH (n)-[c:CITES]->(s:Source) WHERE NOT s.id IN a.sources
				  DELETE c
				}
				CALL (n, a) {
				  UNWIND a.sources AS sourceId
				  MATCH (s:Source {id: sourceId})
				  MERGE (n)-[:CITES]->(s)
				}
				WITH n, a
				MATCH (f:Facility {id: a.facilityId}), (fa:FederalAgency {id: a.counterpartyId})
				MERGE (n)-[r:FOR_FACILITY]->(f) SET r.sources = a.sources
				MERGE (n)-[w:WITH]->(fa) SET w.sources = a.sources
				WITH n, a
				CALL (n, a) {
				  OPTIONAL MATCH (county:County {id: a.partyId}) WHERE a.partyLabel = 'County'
				  OPTIONAL MATCH (agency:Agency {id: a.partyId}) WHERE a.partyLabel = 'Agency'
				  OPTIONAL MATCH (place:Place {id: a.partyId}) WHERE a.partyLabel = 'Place'
				  WITH n, a, coalesce(county, agency, place) AS party WHERE party IS NOT NULL
				  MERGE (party)-[p:PARTY_TO]->(n)
				  SET p.sources = a.sources, p.method = a.properties.partyMethod
				}""", Map.of("rows", rows));
		List<String> ids = rows.stream().map(r -> (String) ((Map<?, ?>) r.get("properties")).get("id")).toList();
		this.cypher.run("""
				MATCH (n:Agreement {importer: $importer}) WHERE NOT n.id IN $ids
				DETACH DELETE n""", Map.of("importer", DetentionAgreements.IMPORTER, "ids", ids));
		return new DetentionAgreements.Written(rows.size(), withoutParty);
	}

}
