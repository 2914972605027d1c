package org.enforcementgraph.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code Agreement}, {@code FederalAgency} and {@code Correction} are read: {@code (party)-[:PARTY_TO]->(:Agreement)-[:WITH]->(:FederalAgency)},
 * {@code (:Correction)-[:CORRECTS]->(fact)}.
 */
@Configuration(proxyBeanMethods = false)
class AgreementGraphTypes {

	@Bean
	GraphType agreementType() {
		return GraphType.node("Agreement", "Agreement")
			.properties("id", "program", "model", "signedOn", "firstSeen", "lastSeen", "endedOn", "status", "moaUrl",
					"addendumUrl", "partyMethod", "partyConfidence", "fiscalYears")
			.one("agency", "MATCH (this)<-[:PARTY_TO]-(that:Agency)", "Agency")
			.one("county", "MATCH (this)<-[:PARTY_TO]-(_party)-[:SERVES|IN_COUNTY*0..1]->(that:County)", "County")
			.one("state", "MATCH (this)<-[:PARTY_TO]-(_party)-[:IN_STATE]->(that:State)", "State")
			.one("counterparty", "MATCH (this)-[:WITH]->(that:FederalAgency)", "FederalAgency")
			.one("facility", "MATCH (this)-[:FOR_FACILITY]->(that:Facility)", "Facility")
			.one("supersedes", "MATCH (this)-[:SUPERSEDES]->(that:Agreement)", "Agreement")
			.one("supersededBy", "MATCH (this)<-[:SUPERSEDES]-(that:Agreement)", "Agreement")
			.many("mandatedBy", AgreementRules.mandatingLaws("this", "that"), "Law", "that.effectiveOn, that.id")
			.one("sheriffAtSigning", """
					MATCH (this)<-[:PARTY_TO]-(:Agency)<-[_term:HELD_OFFICE]-(that:Person)
					WHERE this.signedOn IS NOT NULL AND _term.from IS NOT NULL AND _term.from <= this.signedOn
					  AND (_term.to IS NULL OR _term.to >= this.signedOn)""", "Person")
			.many("corrections", "MATCH (that:Correction)-[:CORRECTS]->(this)", "Correction", "that.at, that.id")
			.many("sources", "MATCH (this)-[:CITES|SEEN_IN]->(that:Source) WITH DISTINCT that", "Source",
					"that.published DESC, that.id")
			.build();
	}

	@Bean
	GraphType federalAgencyType() {
		return GraphType.node("FederalAgency", "FederalAgency").properties("id", "code", "name").citedSources().build();
	}

	@Bean
	GraphType correctionType() {
		return GraphType.node("Correction", "Correction")
			.properties("id", "field", "oldValue", "newValue", "reason", "kind", "by", "at")
			.one("corrects", "MATCH (this)-[:CORRECTS]->(that)", "Node")
			.citedSources()
			.build();
	}

	@Bean
	GraphType countType() {
		return GraphType.value("Count").properties("key", "count").build();
	}

}
