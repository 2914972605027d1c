package org.enforcementgraph.profile;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;

/**
 * The profile's statement is long: Neo4j's planner takes several seconds on it while its code is cold, which the
 * first resident's request would pay (and could exceed the request timeout on a busy machine). Once the server is
 * up, a background thread plans it once ({@code EXPLAIN}, which reads nothing), so later requests plan in about a
 * second. Off with {@code enforcement-graph.profile.warm-up=false}.
 */
@Component
final class ProfileWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ProfileWarmUp.class);

	private final Cypher cypher;

	private final boolean enabled;

	ProfileWarmUp(Cypher cypher, @Value("${enforcement-graph.profile.warm-up:true}") boolean enabled) {
		this.cypher = cypher;
		this.enabled = enabled;
	}

	@EventListener
	void warmUp(ApplicationReadyEvent event) {
		// Only a server answers requests; a command (import, export, ...) would pay for a plan it never uses.
		if (!this.enabled || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				this.cypher.rows("EXPLAIN MATCH (c:County {fips: $fips}) "
						+ RubricFactors.score("{county: c, asOf: date()}", "n", false) + " RETURN n", Map.of("fips", "00000"));
			}
			catch (RuntimeException ex) {
				log.debug("Warming up the profile's plan failed; the first request will plan it", ex);
			}
		}, "profile-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

}
