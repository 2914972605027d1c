package org.enforcementgraph.facility;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;

/** The GraphQL {@code FacilityFilter} input, and the Cypher conditions it stands for on facility {@code n}. */
record FacilityFilter(String state, String type, String operator, String countyFips, Integer fiscalYear) {

	Conditions conditions() {
		return new Conditions().add("state", Arguments.postal("filter.state", this.state), "n.state = $state")
			.add("type", this.type, "n.type = $type")
			.add("operator", this.operator,
					"EXISTS { MATCH (n)-[:OPERATED_BY]->(_c:Company) WHERE toLower(_c.name + ' | ' + coalesce(_c.aliases, ''))"
							+ " CONTAINS toLower($operator) }")
			.add("countyFips", Arguments.fips("filter.countyFips", this.countyFips),
					"EXISTS { (n)-[:LOCATED_IN]->(:County {fips: $countyFips}) }")
			.add("fiscalYear", this.fiscalYear, "EXISTS { (n)-[:HAS_YEAR]->(:FacilityYear {fiscalYear: $fiscalYear}) }");
	}

	static FacilityFilter orNone(FacilityFilter filter) {
		return (filter != null) ? filter : new FacilityFilter(null, null, null, null, null);
	}

}
