package org.enforcementgraph.agreement;

import java.time.LocalDate;

import org.enforcementgraph.system.graphql.Arguments;
import org.enforcementgraph.system.projection.Conditions;

/** The GraphQL {@code AgreementFilter} input, and the Cypher conditions it stands for on agreement {@code n}. */
record AgreementFilter(String program, String model, String state, String countyFips, String agencyId,
		Boolean underStateMandate, LocalDate signedFrom, LocalDate signedTo, String status) {

	static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null, null, null, null);

	Conditions conditions(LocalDate asOf) {
		Conditions conditions = new Conditions()
			.add("program", this.program, "n.program = $program")
			.add("model", this.model, "n.model = $model")
			.add("state", Arguments.postal("filter.state", this.state),
					"EXISTS { (n)<-[:PARTY_TO]-()-[:IN_STATE]->(:State {postal: $state}) }")
			.add("countyFips", Arguments.fips("filter.countyFips", this.countyFips),
					"EXISTS { (n)<-[:PARTY_TO]-()-[:SERVES*0..1]->(:County {fips: $countyFips}) }")
			.add("agencyId", this.agencyId, "EXISTS { (n)<-[:PARTY_TO]-(:Agency {id: $agencyId}) }")
			.flag(this.underStateMandate, "EXISTS { " + AgreementRules.mandatingLaws("n", "_law") + " }")
			.add("mandateProgram", (this.underStateMandate != null) ? "SECTION_287G" : null, "n.program = $mandateProgram")
			.add("signedFrom", this.signedFrom, "n.signedOn >= $signedFrom")
			.add("signedTo", this.signedTo, "n.signedOn <= $signedTo")
			.add("status", this.status, "n.status = $status");
		return conditions.add("asOf", asOf, AgreementRules.activeOn("n", "$asOf"));
	}

	static AgreementFilter orNone(AgreementFilter filter) {
		return (filter != null) ? filter : NONE;
	}

}
