package org.enforcementgraph.law;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.projection.GraphType;

/** How {@code Law} is read: {@code (:State)-[:ENACTED]->(:Law {billId, title, kinds, appliesToKinds, enactedOn, effectiveOn, deadline})}. */
@Configuration(proxyBeanMethods = false)
class LawGraphType {

	@Bean
	GraphType lawType() {
		return GraphType.node("Law", "Law")
			.properties("id", "billId", "title", "kinds", "appliesTo", "appliesToKinds", "enactedOn", "effectiveOn",
					"deadline", "summary", "enactedAsPrinted", "effectiveAsPrinted", "deadlineAsPrinted", "inForceFrom")
			.one("state", "MATCH (that:State)-[:ENACTED]->(this)", "State")
			.many("agreementsSignedUnder", AgreementRules.mandatingLaws("that", "this"), "Agreement",
					"that.signedOn, that.id")
			.citedSources()
			.build();
	}

}
