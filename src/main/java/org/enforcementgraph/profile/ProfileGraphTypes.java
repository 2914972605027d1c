package org.enforcementgraph.profile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How the profile types are read. {@code CountyProfile} is a map {county, asOf, recordsLaw, ev} whose evidence the
 * controller's clause gathered once; its answers and score are computed from it inside the request's one statement
 * ({@link ProfileQuestions}, {@link RubricFactors}).
 */
@Configuration(proxyBeanMethods = false)
class ProfileGraphTypes {

	static final String PROFILE_COUNTY = "MATCH (_c:County {id: this.county.id}) ";

	@Bean
	GraphType countyProfileType() {
		return GraphType.value("CountyProfile")
			.expression("asOf", "this.asOf")
			.one("county", "UNWIND [this.county] AS that", "County")
			.many("answers", ProfileQuestions.answers(), "ProfileAnswer", "that.number")
			.many("agreements287g", PROFILE_COUNTY + "MATCH (_c)<-[:SERVES]-(:Agency)-[:PARTY_TO]->(that:Agreement {program: 'SECTION_287G'})",
					"Agreement", "that.signedOn, that.id")
			.many("detentionContracts", PROFILE_COUNTY
					+ "MATCH (_c)<-[:SERVES*0..1]-(_party)-[:PARTY_TO]->(that:Agreement) WHERE that.program IN ['IGSA', 'USMS_IGA']",
					"Agreement", "that.id")
			.many("facilities", PROFILE_COUNTY + "MATCH (that:Facility)-[:LOCATED_IN]->(_c)", "Facility", "that.name, that.id")
			.one("fieldOffice", PROFILE_COUNTY + "MATCH (that:FieldOffice)-[:COVERS]->(_c)", "FieldOffice")
			.many("laws", PROFILE_COUNTY + "MATCH (_c)-[:IN_STATE]->(:State)-[:ENACTED]->(that:Law)", "Law",
					"coalesce(that.inForceFrom, that.effectiveOn, that.enactedOn), that.id")
			.many("namedIn", PROFILE_COUNTY + "MATCH (_j)-[:SERVES|IN_COUNTY*0..1]->(_c) MATCH (_r:Report)-[that:NAMES]->(_j)",
					"ReportMention", "_r.published DESC, _r.id, coalesce(that.rank, 1000000)")
			.one("entanglement", RubricFactors.score("this", "that", true), "EntanglementScore")
			.build();
	}

	@Bean
	GraphType profileAnswerType() {
		return GraphType.value("ProfileAnswer")
			.properties("number", "key", "question", "answer", "unknownRecord")
			.many("evidence", "UNWIND this.evidence AS that", "Evidence", "that.sortDate DESC, that.statement")
			.build();
	}

	@Bean
	GraphType evidenceType() {
		return GraphType.value("Evidence")
			.properties("statement", "date", "dateAsPrinted", "indicates")
			.one("fact", "UNWIND [this.fact] AS that WITH that WHERE that IS NOT NULL", "Node")
			.many("sources", "UNWIND coalesce(this.sources, []) AS _id MATCH (that:Source {id: _id})", "Source",
					"that.published DESC, that.id")
			.build();
	}

	@Bean
	GraphType entanglementScoreType() {
		String met = "size([_f IN this.factors WHERE _f.status = 'MET'])";
		String unknown = "size([_f IN this.factors WHERE _f.status = 'UNKNOWN'])";
		return GraphType.value("EntanglementScore")
			.expression("asOf", "this.asOf")
			.one("county", "UNWIND [this.county] AS that", "County")
			.expression("score", "CASE WHEN " + unknown + " = 0 THEN " + met + " END")
			.expression("minScore", met)
			.expression("maxScore", met + " + " + unknown)
			.expression("unknownFactors", unknown)
			.many("factors", "UNWIND this.factors AS that", "RubricFactor", "that.number")
			.build();
	}

	@Bean
	GraphType rubricFactorType() {
		return GraphType.value("RubricFactor")
			.properties("number", "name", "status")
			.many("evidence", "UNWIND this.evidence AS that", "Evidence", "that.sortDate DESC, that.statement")
			.build();
	}

}
