package org.enforcementgraph.state;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/** How {@code State} is read: {@code (:State {id, postal, name, fips})}, {@code (:County|Agency)-[:IN_STATE]->(:State)-[:ENACTED]->(:Law)}. */
@Configuration(proxyBeanMethods = false)
class StateGraphType {

	@Bean
	GraphType stateType() {
		return GraphType.node("State", "State")
			.properties("id", "postal", "name", "fips")
			.many("counties", "MATCH (that:County)-[:IN_STATE]->(this)", "County", "that.fips")
			.many("agencies", "MATCH (that:Agency)-[:IN_STATE]->(this)", "Agency", "that.name, that.id")
			.many("laws", "MATCH (this)-[:ENACTED]->(that:Law)", "Law",
					"coalesce(that.effectiveOn, that.enactedOn), that.id")
			.citedSources()
			.build();
	}

}
