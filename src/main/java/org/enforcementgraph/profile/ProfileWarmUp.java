package org.enforcementgraph.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * The profile's statement is long (18 KB): in a cold JVM Neo4j's planner takes 9-10 s on it, which the first
 * resident's request would pay, up to the request timeout. Once the server is up, a background thread asks the
 * README's example profile request ({@code graphql/examples/questions-to-ask-about-my-county.graphql}, packed into
 * the jar) for a county that does not exist, so that its plan is cached before anyone asks; a request for the same
 * fields meanwhile waits for it (FirstRuns). The plan is cached by the statement's text, which depends on the fields
 * asked for: other selections are planned on their first request, by then with a warmer planner. Off with
 * {@code enforcement-graph.profile.warm-up=false}.
 */
@Component
final class ProfileWarmUp {

	static final String EXAMPLE = "warm-up/questions-to-ask-about-my-county.graphql";

	/** Cold, even the request can run past the timeout while it plans; each try leaves the planner warmer. */
	private static final int TRIES = 3;

	private static final Logger log = LoggerFactory.getLogger(ProfileWarmUp.class);

	private final ExecutionGraphQlService graphQl;

	private final boolean enabled;

	private final CompletableFuture<List<ResponseError>> finished = new CompletableFuture<>();

	ProfileWarmUp(ExecutionGraphQlService graphQl, @Value("${enforcement-graph.profile.warm-up:true}") boolean enabled) {
		this.graphQl = graphQl;
		this.enabled = enabled;
	}

	/** The errors of the warm-up's last request (none when it was answered); never completes when off. */
	CompletableFuture<List<ResponseError>> finished() {
		return this.finished;
	}

	@EventListener
	void warmUp(ApplicationReadyEvent event) {
		// Only a server answers requests; a command (import, export, ...) would pay for a plan it never uses.
		if (!this.enabled || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "profile-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void warmUp() {
		long start = System.nanoTime();
		try {
			String document = example();
			List<ResponseError> errors = List.of();
			for (int tried = 1; tried <= TRIES; tried++) {
				errors = ask(document, tried);
				if (errors.isEmpty()) {
					log.info("Planned the county profile in {} ms ({} tries)", (System.nanoTime() - start) / 1_000_000, tried);
					break;
				}
				log.debug("Warm-up request {} of {} failed: {}", tried, TRIES, errors);
			}
			this.finished.complete(errors);
		}
		catch (RuntimeException ex) {
			log.debug("Warming up the profile's plan failed; the first request will plan it", ex);
			this.finished.completeExceptionally(ex);
		}
	}

	private List<ResponseError> ask(String document, int tried) {
		ExecutionGraphQlResponse response = this.graphQl.execute(new DefaultExecutionGraphQlRequest(document, null,
				Map.of("fips", "00000"), Map.of(), "profile-warm-up-" + tried, Locale.ROOT)).block();
		return response.getErrors();
	}

	static String example() {
		try {
			return new String(new ClassPathResource(EXAMPLE).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
