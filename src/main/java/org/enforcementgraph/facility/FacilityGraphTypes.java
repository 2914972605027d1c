package org.enforcementgraph.facility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code Facility}, {@code FacilityYear}, {@code Company} and {@code FieldOffice} are read:
 * {@code (:Facility)-[:LOCATED_IN]->(:County)}, {@code (:Facility)-[:OPERATED_BY|OWNED_BY]->(:Company)},
 * {@code (:Facility)-[:HAS_YEAR]->(:FacilityYear)}, {@code (:Agreement)-[:FOR_FACILITY]->(:Facility)},
 * {@code (:FieldOffice)-[:COVERS]->(:County)}.
 */
@Configuration(proxyBeanMethods = false)
class FacilityGraphTypes {

	@Bean
	GraphType facilityType() {
		return GraphType.node("Facility", "Facility")
			.properties("id", "name", "detloc", "address", "city", "state", "zip", "aor", "type", "names", "fiscalYears",
					"operatorAsPrinted", "ownerAsPrinted")
			.one("county", "MATCH (this)-[:LOCATED_IN]->(that:County)", "County")
			.one("fieldOffice", "MATCH (that:FieldOffice) WHERE that.id = 'field-office:' + this.aor", "FieldOffice")
			.one("operator", "MATCH (this)-[:OPERATED_BY]->(that:Company)", "Company")
			.one("owner", "MATCH (this)-[:OWNED_BY]->(that:Company)", "Company")
			.many("years", "MATCH (this)-[:HAS_YEAR]->(that:FacilityYear) WHERE $fiscalYear IS NULL OR that.fiscalYear = $fiscalYear",
					"FacilityYear", "that.fiscalYear DESC")
			.many("agreements", "MATCH (that:Agreement)-[:FOR_FACILITY]->(this)", "Agreement", AgreementRules.NEWEST_FIRST)
			.citedSources()
			.build();
	}

	@Bean
	GraphType facilityYearType() {
		return GraphType.node("FacilityYear", "FacilityYear")
			.properties("id", "fiscalYear", "name", "type", "gender", "dataDate", "averageDailyPopulation", "adpCriminal",
					"adpNonCriminal", "adpLevelA", "adpLevelB", "adpLevelC", "adpLevelD", "adpThreatLevel1", "adpThreatLevel2",
					"adpThreatLevel3", "adpNoThreatLevel", "adpMandatory",
					"averageLengthOfStay", "guaranteedMinimum", "lastInspectionType", "lastInspectionStandard",
					"lastInspectionRating", "lastInspectionDate")
			.one("facility", "MATCH (that:Facility)-[:HAS_YEAR]->(this)", "Facility")
			.citedSources()
			.build();
	}

	@Bean
	GraphType companyType() {
		return GraphType.node("Company", "Company")
			.properties("id", "name", "aliases")
			.many("facilities", "MATCH (that:Facility)-[:OPERATED_BY|OWNED_BY]->(this) WITH DISTINCT that", "Facility",
					"that.name, that.id")
			.citedSources()
			.build();
	}

	@Bean
	GraphType fieldOfficeType() {
		return GraphType.node("FieldOffice", "FieldOffice")
			.properties("id", "code", "name", "address", "city", "state", "zip", "areaOfResponsibility", "phone", "email")
			.many("counties", "MATCH (this)-[:COVERS]->(that:County)", "County", "that.fips")
			.citedSources()
			.build();
	}

}
