package org.enforcementgraph.agency;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;

/** The GraphQL {@code AgencyFilter} input, and the Cypher conditions it stands for on agency {@code n}. */
record AgencyFilter(String state, String kind, String countyFips, String nameContains, String ori, Boolean has287g,
		LocalDate asOf) {

	Conditions conditions() {
		return new Conditions().add("state", Arguments.postal("filter.state", this.state), "n.state = $state")
			.add("kind", this.kind, "n.kind = $kind")
			.add("countyFips", Arguments.fips("filter.countyFips", this.countyFips),
					"EXISTS { (n)-[:SERVES]->(:County {fips: $countyFips}) }")
			.add("name", this.nameContains, "toLower(n.name) CONTAINS toLower($name)")
			.add("ori", (this.ori != null) ? this.ori.strip().toUpperCase(Locale.ROOT) : null,
					"(n.ori = $ori OR EXISTS { (n)-[:SAME_AS]->(:Agency {ori: $ori}) })")
			.always(AgencyGraphTypes.NOT_A_ROSTER_DUPLICATE.formatted("n"), Map.of())
			.always("true", Map.of("asOf", (this.asOf != null) ? this.asOf : LocalDate.now()))
			.flag(this.has287g, "EXISTS { MATCH (n)-[:PARTY_TO]->(_a:Agreement) WHERE _a.program = 'SECTION_287G' AND "
					+ AgreementRules.activeOn("_a", "$asOf") + " }");
	}

	static AgencyFilter orNone(AgencyFilter filter) {
		return (filter != null) ? filter : new AgencyFilter(null, null, null, null, null, null, null);
	}

}
