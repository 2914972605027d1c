package org.enforcementgraph.law;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.GraphWrites;
import org.enforcementgraph.system.projection.References;

/** {@code addLaw}. */
@Controller
class LawMutations {

	private final GraphWrites writes;

	LawMutations(GraphWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addLaw(@Argument LawInput input, DataFetchingEnvironment env) {
		String state = Arguments.postal("input.state", input.state());
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", LawIds.of(state, input.billId()));
		properties.put("state", state);
		properties.put("billId", input.billId());
		properties.put("title", input.title());
		properties.put("kinds", input.kinds());
		properties.put("appliesTo", input.appliesTo());
		properties.put("appliesToKinds", (input.appliesToKinds() != null) ? input.appliesToKinds() : List.of());
		properties.put("enactedOn", input.enactedOn());
		properties.put("effectiveOn", input.effectiveOn());
		properties.put("deadline", input.deadline());
		properties.put("summary", input.summary());
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require("State", "postal", state, "input.state");
		return this.writes.write(env, "Law", references, """
				MATCH (source:Source {id: $sourceId}), (state:State {postal: $state})
				CREATE (n:Law) SET n = $properties
				CREATE (n)-[:CITES]->(source)
				CREATE (state)-[:ENACTED {sources: [$sourceId]}]->(n)""",
				Map.of("properties", properties, "sourceId", input.sourceId(), "state", state));
	}

}
