package org.enforcementgraph.source;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/** How {@code Source} is read: {@code (:Source {id, url, title, publisher, published, retrieved, sha256, kind})}. */
@Configuration(proxyBeanMethods = false)
class SourceGraphType {

	@Bean
	GraphType sourceType() {
		return GraphType.node("Source", "Source")
			.properties("id", "url", "title", "publisher", "published", "retrieved", "sha256", "kind", "quote", "list",
					"snapshotDate", "note")
			.build();
	}

	@Bean
	GraphType pageInfoType() {
		return GraphType.value("PageInfo")
			.properties("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")
			.build();
	}

}
