package org.enforcementgraph.policy;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphType;
import org.enforcementgraph.system.projection.GraphTypes;
import org.enforcementgraph.system.projection.GraphWrites;
import org.enforcementgraph.system.projection.References;

/** {@code addPolicy} and {@code addGrant}: what a county, place or agency decided or received. */
@Controller
class PolicyMutations {

	private final GraphWrites writes;

	private final GraphTypes types;

	PolicyMutations(GraphWrites writes, GraphTypes types) {
		this.writes = writes;
		this.types = types;
	}

	/** The key of a jurisdiction inside other ids: its id without the kind prefix, colons as dashes for counties. */
	static String jurisdictionKey(String id) {
		return id.startsWith("agency:") ? id.substring("agency:".length()) : id.replace(':', '-');
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addPolicy(@Argument PolicyInput input, DataFetchingEnvironment env) {
		String label = jurisdictionLabel(input.jurisdictionId());
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", "policy:" + jurisdictionKey(input.jurisdictionId()) + ":" + input.topic().toLowerCase()
				+ ":" + input.adoptedOn());
		properties.put("title", input.title());
		properties.put("topic", input.topic());
		properties.put("stance", input.stance());
		properties.put("instrument", input.instrument());
		properties.put("adoptedOn", input.adoptedOn());
		properties.put("repealedOn", input.repealedOn());
		properties.put("summary", input.summary());
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require(label, "id", input.jurisdictionId(), "input.jurisdictionId");
		return this.writes.write(env, "Policy", references, """
				MATCH (source:Source {id: $sourceId}), (jurisdiction:%s {id: $jurisdictionId})
				CREATE (n:Policy) SET n = $properties
				CREATE (n)-[:CITES]->(source)
				CREATE (jurisdiction)-[:ADOPTED {sources: [$sourceId]}]->(n)""".formatted(label),
				Map.of("properties", properties, "sourceId", input.sourceId(), "jurisdictionId", input.jurisdictionId()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addGrant(@Argument GrantInput input, DataFetchingEnvironment env) {
		String label = jurisdictionLabel(input.recipientId());
		String grantor = (input.grantor() != null) ? "federal-agency:" + input.grantor() : null;
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", "grant:" + Keys.slug(input.program()) + ":" + jurisdictionKey(input.recipientId()) + ":FY"
				+ input.fiscalYear());
		properties.put("program", input.program());
		properties.put("fiscalYear", input.fiscalYear());
		properties.put("amount", input.amount());
		properties.put("conditions", input.conditions());
		properties.put("immigrationConditions", input.immigrationConditions());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("properties", properties);
		parameters.put("sourceId", input.sourceId());
		parameters.put("recipientId", input.recipientId());
		parameters.put("grantor", grantor);
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require(label, "id", input.recipientId(), "input.recipientId")
			.require("FederalAgency", "id", grantor, "input.grantor");
		return this.writes.write(env, "Grant", references, """
				MATCH (source:Source {id: $sourceId}), (recipient:%s {id: $recipientId})
				CREATE (n:Grant) SET n = $properties
				CREATE (n)-[:CITES]->(source)
				CREATE (recipient)-[:RECEIVED {sources: [$sourceId]}]->(n)
				WITH n
				CALL (n) {
				  MATCH (grantor:FederalAgency {id: $grantor})
				  CREATE (n)-[:FROM {sources: [$sourceId]}]->(grantor)
				}""".formatted(label), parameters);
	}

	private String jurisdictionLabel(String id) {
		GraphType type = this.types.forId(id).orElse(null);
		if (type == null || !java.util.Set.of("County", "Place", "Agency").contains(type.label())) {
			throw new InvalidArgumentException("'" + id + "' is not the id of a county, place or agency");
		}
		return type.label();
	}

}
