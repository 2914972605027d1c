package org.enforcementgraph.law;

import java.time.LocalDate;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;

/** The GraphQL {@code LawFilter} input, and the Cypher conditions it stands for on law {@code n}. */
record LawFilter(String state, String kind, LocalDate inForceOn) {

	Conditions conditions() {
		return new Conditions().add("state", Arguments.postal("filter.state", this.state), "n.state = $state")
			.add("kind", this.kind, "$kind IN n.kinds")
			.add("inForceOn", this.inForceOn, AgreementRules.inForceFrom("n") + " <= $inForceOn");
	}

	static LawFilter orNone(LawFilter filter) {
		return (filter != null) ? filter : new LawFilter(null, null, null);
	}

}
