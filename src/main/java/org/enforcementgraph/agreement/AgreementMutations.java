package org.enforcementgraph.agreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphWrites;
import org.enforcementgraph.system.projection.References;

/** {@code addAgreement}: an agreement a journalist documented from an MOA, a contract or a news report. */
@Controller
class AgreementMutations {

	private final GraphWrites writes;

	AgreementMutations(GraphWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Map<String, Object> addAgreement(@Argument AgreementInput input, DataFetchingEnvironment env) {
		if ((input.agencyId() == null) == (input.countyFips() == null)) {
			throw new InvalidArgumentException("input: give either agencyId or countyFips as the party, not both or neither");
		}
		boolean is287g = "SECTION_287G".equals(input.program());
		if (is287g != (input.model() != null)) {
			throw new InvalidArgumentException("input.model: a 287(g) agreement needs its model, other programs have none");
		}
		String partyId = (input.agencyId() != null) ? input.agencyId()
				: "county:" + Arguments.fips("input.countyFips", input.countyFips());
		String id = is287g ? AgreementIds.section287g(partyId, input.model(), input.signedOn())
				: AgreementIds.detention(input.program(), partyId, (input.facilityId() != null)
						? input.facilityId().replaceFirst("^facility:", "") : String.valueOf(input.signedOn()));
		String counterparty = "federal-agency:" + ((input.counterparty() != null) ? input.counterparty() : "ICE");
		LocalDate from = (input.signedOn() != null) ? input.signedOn() : LocalDate.now();
		boolean ended = input.endedOn() != null && !input.endedOn().isAfter(LocalDate.now());
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", id);
		properties.put("program", input.program());
		properties.put("model", input.model());
		properties.put("signedOn", input.signedOn());
		properties.put("endedOn", input.endedOn());
		properties.put("moaUrl", input.moaUrl());
		properties.put("status", ended ? "ENDED" : "ACTIVE");
		properties.put("activeFrom", List.of(from));
		properties.put("activeUntil", List.of((input.endedOn() != null) ? input.endedOn() : LocalDate.parse(AgreementRules.OPEN_END)));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("properties", properties);
		parameters.put("partyId", partyId);
		parameters.put("counterparty", counterparty);
		parameters.put("facilityId", input.facilityId());
		parameters.put("sourceId", input.sourceId());
		String partyLabel = (input.agencyId() != null) ? "Agency" : "County";
		References references = new References().require("Source", "id", input.sourceId(), "input.sourceId")
			.require(partyLabel, "id", partyId, "input party")
			.require("FederalAgency", "id", counterparty, "input.counterparty")
			.require("Facility", "id", input.facilityId(), "input.facilityId");
		return this.writes.write(env, "Agreement", references, """
				MATCH (source:Source {id: $sourceId})
				MATCH (party:%s {id: $partyId})
				MATCH (federal:FederalAgency {id: $counterparty})
				CREATE (n:Agreement) SET n = $properties
				CREATE (n)-[:CITES]->(source)
				CREATE (party)-[:PARTY_TO {sources: [$sourceId]}]->(n)
				CREATE (n)-[:WITH {sources: [$sourceId]}]->(federal)
				WITH n
				CALL (n) {
				  MATCH (facility:Facility {id: $facilityId})
				  CREATE (n)-[:FOR_FACILITY {sources: [$sourceId]}]->(facility)
				}""".formatted(partyLabel), parameters);
	}

}
