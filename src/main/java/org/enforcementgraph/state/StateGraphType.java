package org.enforcementgraph.state;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/** How {@code State} is read: {@code (:State {id, postal, name, fips})}. */
@Configuration(proxyBeanMethods = false)
class StateGraphType {

	@Bean
	GraphType stateType() {
		return GraphType.node("State", "State").properties("id", "postal", "name", "fips").citedSources().build();
	}

}
