package org.enforcementgraph.imports.ice287g;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.agencies.RosterMatcher;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;

/** The beans both 287(g) list importers use. */
@Configuration(proxyBeanMethods = false)
class ListImportConfiguration {

	@Bean
	ListImport.Services listImportServices(Cypher cypher, SourceFiles sources, StateNodes states, CountyLinker linker,
			RosterMatcher matcher) {
		return new ListImport.Services(cypher, sources, states, linker, matcher);
	}

}
