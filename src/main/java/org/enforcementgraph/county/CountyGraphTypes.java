package org.enforcementgraph.county;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.agency.AgencyGraphTypes;
import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.profile.EntanglementRubric;
import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code County} and {@code Place} are read: {@code (:County {fips, name, state, geometry})-[:IN_STATE]->(:State)},
 * {@code (:Agency)-[:SERVES]->(:County|Place)}, {@code (:Facility)-[:LOCATED_IN]->(:County)},
 * {@code (:FieldOffice)-[:COVERS]->(:County)}, {@code (:Place)-[:IN_COUNTY]->(:County)}.
 */
@Configuration(proxyBeanMethods = false)
class CountyGraphTypes {

	/** A county's agreements: its own (an IGSA held by the county government) and those of agencies serving it. */
	static final String AGREEMENTS = "MATCH (this)<-[:SERVES*0..1]-(_party)-[:PARTY_TO]->(that:Agreement)"
			+ " WHERE ($program IS NULL OR that.program = $program) AND " + AgreementRules.activeOn("that", "$asOf");

	@Bean
	GraphType countyType() {
		return GraphType.node("County", "County")
			.properties("id", "fips", "name")
			.expression("geometry", "this.geometry")
			.one("state", "MATCH (this)-[:IN_STATE]->(that:State)", "State")
			.many("agencies", "MATCH (that:Agency)-[:SERVES]->(this) WHERE " + AgencyGraphTypes.NOT_A_ROSTER_DUPLICATE.formatted("that"),
					"Agency", "that.name, that.id")
			.many("agreements", AGREEMENTS, "Agreement", AgreementRules.NEWEST_FIRST)
			.many("facilities", "MATCH (that:Facility)-[:LOCATED_IN]->(this)", "Facility", "that.name, that.id")
			.one("fieldOffice", "MATCH (that:FieldOffice)-[:COVERS]->(this)", "FieldOffice")
			.many("places", "MATCH (that:Place)-[:IN_COUNTY]->(this)", "Place", "that.name, that.id")
			.many("policies", "MATCH (this)-[:ADOPTED]->(that:Policy)", "Policy", "that.adoptedOn DESC, that.id")
			.many("namedIn", "MATCH (_report:Report)-[that:NAMES]->(this)", "ReportMention",
					"_report.published DESC, _report.id")
			.many("grants", "MATCH (this)-[:RECEIVED]->(that:Grant)", "Grant", "that.fiscalYear DESC, that.id")
			.one("entanglement", EntanglementRubric.score("{county: this, asOf: coalesce($asOf, date())}", "that"),
					"EntanglementScore")
			.citedSources()
			.build();
	}

	@Bean
	GraphType placeType() {
		return GraphType.node("Place", "Place")
			.properties("id", "name")
			.one("state", "MATCH (this)-[:IN_STATE]->(that:State)", "State")
			.one("county", "MATCH (this)-[:IN_COUNTY]->(that:County)", "County")
			.many("agencies", "MATCH (that:Agency)-[:SERVES]->(this) WHERE " + AgencyGraphTypes.NOT_A_ROSTER_DUPLICATE.formatted("that"),
					"Agency", "that.name, that.id")
			.many("policies", "MATCH (this)-[:ADOPTED]->(that:Policy)", "Policy", "that.adoptedOn DESC, that.id")
			.many("namedIn", "MATCH (_report:Report)-[that:NAMES]->(this)", "ReportMention",
					"_report.published DESC, _report.id")
			.citedSources()
			.build();
	}

}
