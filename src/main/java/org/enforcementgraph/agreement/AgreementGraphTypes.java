package org.enforcementgraph.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.agency.Tenures;
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
					"moaArchiveUrl", "addendumUrl", "pendingSince", "pendingLastSeen", "years", "note", "partyMethod",
					"partyConfidence", "fiscalYears")
			.one("agency", "MATCH (this)<-[:PARTY_TO]-(that:Agency)", "Agency")
			.one("county", "MATCH (this)<-[:PARTY_TO]-(_party)-[:SERVES|IN_COUNTY*0..1]->(that:County)", "County")
			.one("state", "MATCH (this)<-[:PARTY_TO]-(_party)-[:IN_STATE]->(that:State)", "State")
			.one("counterparty", "MATCH (this)-[:WITH]->(that:FederalAgency)", "FederalAgency")
			.one("facility", "MATCH (this)-[:FOR_FACILITY]->(that:Facility)", "Facility")
			.one("supersedes", "MATCH (this)-[:SUPERSEDES]->(that:Agreement)", "Agreement")
			.one("supersededBy", "MATCH (this)<-[:SUPERSEDES]-(that:Agreement)", "Agreement")
			.many("mandatedBy", AgreementRules.mandatingLaws("this", "that"), "Law", "that.effectiveOn, that.id")
			.one("sheriffAtSigning", "MATCH (this)<-[:PARTY_TO]-(:Agency)<-[_term:HELD_OFFICE]-(that:Person)"
					+ " WHERE this.signedOn IS NOT NULL AND " + Tenures.inOffice("this.signedOn"), "Person",
					"_term.from DESC")
			.many("corrections", "MATCH (this)-[:LISTED_AS*0..1]->(_fact)<-[:CORRECTS]-(that:Correction) WITH DISTINCT that",
					"Correction", "that.at, that.id")
			.many("listings", "MATCH (this)-[:LISTED_AS]->(that:ListEntry)", "ListEntry", "that.snapshotDate, that.id")
			.citedSources()
			.build();
	}

	@Bean
	GraphType listEntryType() {
		return GraphType.node("ListEntry", "ListEntry")
			.properties("id", "list", "snapshotDate", "row", "sheet", "agencyName", "state", "iceType", "countyName", "model",
					"signedOn", "moaUrl", "addendumUrl")
			.expression("printed", "this.printed")
			.many("agreements", "MATCH (that:Agreement)-[:LISTED_AS]->(this)", "Agreement", "that.id")
			.many("corrections", "MATCH (that:Correction)-[:CORRECTS]->(this)", "Correction", "that.field, that.id")
			.citedSources()
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
