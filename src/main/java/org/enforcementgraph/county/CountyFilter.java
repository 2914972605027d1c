package org.enforcementgraph.county;

import java.time.LocalDate;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;

/** The GraphQL {@code CountyFilter} input, and the Cypher conditions it stands for on county {@code n}. */
record CountyFilter(String state, Boolean has287g, Boolean hasDetentionContract, LocalDate asOf, String nameContains) {

	private static final String HOLDS = "EXISTS { MATCH (n)<-[:SERVES*0..1]-(_party)-[:PARTY_TO]->(_a:Agreement)"
			+ " WHERE _a.program IN %s AND " + AgreementRules.activeOn("_a", "$asOf") + " }";

	Conditions conditions() {
		return new Conditions().add("state", Arguments.postal("filter.state", this.state), "n.state = $state")
			.add("name", this.nameContains, "toLower(n.name) CONTAINS toLower($name)")
			.always("true", java.util.Map.of("asOf", (this.asOf != null) ? this.asOf : LocalDate.now()))
			.flag(this.has287g, HOLDS.formatted("['SECTION_287G']"))
			.flag(this.hasDetentionContract, HOLDS.formatted("['IGSA', 'USMS_IGA']"));
	}

	static CountyFilter orNone(CountyFilter filter) {
		return (filter != null) ? filter : new CountyFilter(null, null, null, null, null);
	}

}
