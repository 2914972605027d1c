package org.enforcementgraph.curated;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.EmbeddedNeo4j;

/**
 * On the first start of the server with its embedded database empty, loads {@link CuratedData} so that a newcomer's
 * first query returns real, sourced facts. Not for commands (a {@code restore} needs an empty database), not for an
 * external server (its owner decides what it holds), and not when
 * {@code enforcement-graph.curated-data.load-on-first-start=false} (the tests' shared context).
 */
@Component
final class FirstStartLoad {

	private final CuratedData curated;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final boolean enabled;

	FirstStartLoad(CuratedData curated, ObjectProvider<EmbeddedNeo4j> embedded,
			@Value("${enforcement-graph.curated-data.load-on-first-start:true}") boolean enabled) {
		this.curated = curated;
		this.embedded = embedded;
		this.enabled = enabled;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void loadIfFirstStart(ApplicationReadyEvent event) {
		if (this.enabled && event.getApplicationContext() instanceof WebServerApplicationContext
				&& this.embedded.getIfAvailable() != null && this.curated.graphIsEmpty()) {
			this.curated.load();
		}
	}

}
