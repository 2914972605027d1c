package org.enforcementgraph.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphWrites;
import org.enforcementgraph.system.projection.References;

/** {@code addAgency} and {@code addTenure}. */
@Controller
class AgencyMutations {

	private final GraphWrites writes;

	AgencyMutations(GraphWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addAgency(@Argument AgencyInput input, DataFetchingEnvironment env) {
		String state = Arguments.postal("input.state", input.state());
		List<String> counties = (input.countyFips() != null) ? input.countyFips() : List.of();
		counties.forEach(fips -> Arguments.fips("input.countyFips", fips));
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require("State", "postal", state, "input.state");
		counties.forEach(fips -> references.require("County", "fips", fips, "input.countyFips"));
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", AgencyIds.of(state, input.name()));
		properties.put("name", input.name().strip());
		properties.put("kind", input.kind());
		properties.put("state", state);
		properties.put("ori", input.ori());
		return this.writes.write(env, "Agency", references, """
				MATCH (source:Source {id: $sourceId}), (state:State {postal: $state})
				CREATE (n:Agency) SET n = $properties
				CREATE (n)-[:CITES]->(source)
				CREATE (n)-[:IN_STATE {sources: [$sourceId]}]->(state)
				WITH n
				CALL (n) {
				  UNWIND $counties AS fips
				  MATCH (county:County {fips: fips})
				  CREATE (n)-[:SERVES {sources: [$sourceId]}]->(county)
				}""", Map.of("properties", properties, "sourceId", input.sourceId(), "state", state, "counties", counties));
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addTenure(@Argument TenureInput input, DataFetchingEnvironment env) {
		if ((input.personId() == null) == (input.personName() == null)) {
			throw new InvalidArgumentException("input: give either personId or personName, not both or neither");
		}
		if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
			throw new InvalidArgumentException("input.to: " + input.to() + " is before input.from " + input.from());
		}
		String state = input.agencyId().replaceFirst("^agency:([A-Z]{2}):.*$", "$1");
		String personId = (input.personId() != null) ? input.personId()
				: "person:" + state + ":" + Keys.slug(input.personName());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("personName", input.personName());
		parameters.put("agencyId", input.agencyId());
		parameters.put("sourceId", input.sourceId());
		parameters.put("tenure", Map.of("id", "tenure:" + personId.substring("person:".length()) + ":"
				+ input.agencyId().replaceFirst("^agency:[A-Z]{2}:", "") + ":" + input.from(), "title", input.title(),
				"sources", List.of(input.sourceId())));
		parameters.put("from", input.from());
		parameters.put("to", input.to());
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require("Agency", "id", input.agencyId(), "input.agencyId")
			.require("Person", "id", input.personId(), "input.personId");
		return this.writes.write(env, "Tenure", references, """
				MATCH (source:Source {id: $sourceId}), (agency:Agency {id: $agencyId})
				MERGE (person:Person {id: $personId})
				ON CREATE SET person.name = $personName
				MERGE (person)-[:CITES]->(source)
				CREATE (person)-[n:HELD_OFFICE]->(agency) SET n = $tenure, n.from = $from, n.to = $to""", parameters);
	}

}
