package org.enforcementgraph.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code Policy} and {@code Grant} are read: {@code (:County|Place|Agency)-[:ADOPTED]->(:Policy)},
 * {@code (:County|Place|Agency)-[:RECEIVED]->(:Grant)-[:FROM]->(:FederalAgency)}.
 */
@Configuration(proxyBeanMethods = false)
class PolicyGraphTypes {

	@Bean
	GraphType policyType() {
		return GraphType.node("Policy", "Policy")
			.properties("id", "title", "topic", "stance", "instrument", "adoptedOn", "repealedOn", "summary")
			.one("jurisdiction", "MATCH (that)-[:ADOPTED]->(this)", "Jurisdiction")
			.citedSources()
			.build();
	}

	@Bean
	GraphType grantType() {
		return GraphType.node("Grant", "Grant")
			.properties("id", "program", "fiscalYear", "amount", "conditions", "immigrationConditions")
			.one("recipient", "MATCH (that)-[:RECEIVED]->(this)", "Jurisdiction")
			.one("grantor", "MATCH (this)-[:FROM]->(that:FederalAgency)", "FederalAgency")
			.citedSources()
			.build();
	}

}
