package org.enforcementgraph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, returns the garbage of startup to the operating system (it would otherwise stay in the
 * process's resident memory while idle) and logs the addresses a newcomer opens: GraphQL, GraphiQL, Neo4j Browser.
 */
@Component
final class ServingAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ServingAnnouncement.class);

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	ServingAnnouncement(ObjectProvider<EmbeddedNeo4j> embedded) {
		this.embedded = embedded;
	}

	@EventListener
	void announce(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		System.gc();
		String base = "http://localhost:" + web.getWebServer().getPort();
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		log.info("Enforcement Graph is serving: GraphQL {}/graphql, GraphiQL {}/graphiql, Neo4j Browser {}", base,
				base, (neo4j != null) ? neo4j.browserUrl() : "(external database: use its own Browser)");
	}

}
