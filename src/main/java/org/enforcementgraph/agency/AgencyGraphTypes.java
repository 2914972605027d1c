package org.enforcementgraph.agency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code Agency}, {@code Person} and {@code Tenure} are read: {@code (:Agency {name, kind, ori, aliases})-[:IN_STATE]->(:State)},
 * {@code (:Agency)-[:SERVES]->(:County)}, {@code (:Agency)-[:PARTY_TO]->(:Agreement)},
 * {@code (:Person)-[:HELD_OFFICE {id, title, from, to, sources}]->(:Agency)},
 * {@code (:Agency)-[:SAME_AS {method, confidence, sources}]->(:Agency {ori, rosterType})} (a match in the FBI roster).
 */
@Configuration(proxyBeanMethods = false)
public class AgencyGraphTypes {

	/**
	 * In office on {@code $asOf}: started on or before it and not yet left, or known in office that year (a source
	 * that names the sheriffs of one year, such as the Washington Post's history, gives no start or end); without a
	 * day, whoever holds the office now (a known start, no end).
	 */
	static final String IN_OFFICE = "CASE WHEN $asOf IS NULL THEN _term.to IS NULL AND _term.from IS NOT NULL"
			+ " ELSE " + Tenures.inOffice("$asOf") + " END";

	/** Its own ORI (a source gave it), else that of its match in the FBI roster. */
	static final String ORI = "coalesce(this.ori, head(COLLECT { MATCH (this)-[:SAME_AS]->(_roster:Agency) RETURN _roster.ori }))";

	/** Not an agency of the FBI roster matched to one another source names: that one stands for both. */
	public static final String NOT_A_ROSTER_DUPLICATE = "NOT EXISTS { (%s)<-[:SAME_AS]-(:Agency) }";

	@Bean
	GraphType agencyType() {
		return GraphType.node("Agency", "Agency")
			.properties("id", "name", "kind", "aliases", "iceType", "firstSeen", "lastSeen", "rosterType", "population",
					"officers", "civilians", "rosterYear")
			.expression("ori", ORI)
			.one("state", "MATCH (this)-[:IN_STATE]->(that:State)", "State")
			.one("county", "MATCH (this)-[:SERVES]->(that:County)", "County")
			.many("counties", "MATCH (this)-[:SERVES]->(that:County)", "County", "that.fips")
			.many("agreements", "MATCH (this)-[:PARTY_TO]->(that:Agreement) WHERE ($program IS NULL OR that.program = $program)"
					+ " AND " + AgreementRules.activeOn("that", "$asOf"), "Agreement", AgreementRules.NEWEST_FIRST)
			.one("sheriff", "MATCH (that:Person)-[_term:HELD_OFFICE]->(this) WHERE " + IN_OFFICE, "Person",
					"_term.from DESC")
			.many("tenures", "MATCH (this)<-[that:HELD_OFFICE]-(:Person)", "Tenure", "that.from DESC, that.id")
			.many("policies", "MATCH (this)-[:ADOPTED]->(that:Policy)", "Policy", "that.adoptedOn DESC, that.id")
			.many("grants", "MATCH (this)-[:RECEIVED]->(that:Grant)", "Grant", "that.fiscalYear DESC, that.id")
			.many("namedIn", "MATCH (_report:Report)-[that:NAMES]->(this)", "ReportMention",
					"_report.published DESC, _report.id")
			.many("corrections", "MATCH (that:Correction)-[:CORRECTS]->(this)", "Correction", "that.at, that.id")
			.many("sameAs", "MATCH (this)-[that:SAME_AS]-(:Agency)", "AgencyMatch", "that.confidence DESC, elementId(that)")
			.citedSources()
			.build();
	}

	@Bean
	GraphType agencyMatchType() {
		return GraphType.value("AgencyMatch")
			.properties("method", "confidence")
			.one("agency", "UNWIND [startNode(this)] AS that", "Agency")
			.one("rosterAgency", "UNWIND [endNode(this)] AS that", "Agency")
			.listedSources()
			.build();
	}

	@Bean
	GraphType personType() {
		return GraphType.node("Person", "Person")
			.properties("id", "name")
			.many("tenures", "MATCH (this)-[that:HELD_OFFICE]->(:Agency)", "Tenure", "that.from DESC, that.id")
			.citedSources()
			.build();
	}

	@Bean
	GraphType tenureType() {
		return GraphType.value("Tenure")
			.properties("id", "title", "from", "to", "knownInOffice", "note")
			.one("person", "UNWIND [startNode(this)] AS that", "Person")
			.one("agency", "UNWIND [endNode(this)] AS that", "Agency")
			.listedSources()
			.build();
	}

}
