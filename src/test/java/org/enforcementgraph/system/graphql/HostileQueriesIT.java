package org.enforcementgraph.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries meant to take the service down get a clear error within a second, while normal queries sent at the same
 * time keep being answered.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueriesIT {

	static final String NORMAL = "{ agreements(first: 20) { totalCount edges { node { id agency { name } } } } }";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	static String deep(int depth) {
		StringBuilder query = new StringBuilder("{ states { counties { state ");
		for (int i = 0; i < depth; i++) {
			query.append("{ counties { state ");
		}
		query.append("{ postal }");
		query.append(" } }".repeat(depth));
		return query.append(" } } }").toString();
	}

	static String aliases(int count) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < count; i++) {
			query.append("a").append(i).append(": states { postal } ");
		}
		return query.append("}").toString();
	}

	static List<Supplier<String>> hostile() {
		return List.of(() -> deep(100), () -> aliases(10_000), () -> aliases(200),
				() -> "{ agreements(first: 1000000000) { totalCount } }",
				() -> "{ connections(from: \"person:TX:casey-sample\", to: \"company:corecivic\", maxHops: 50) { length } }",
				() -> "{ states { postal } } #" + "x".repeat(1_000_000),
				() -> "{ counties(first: 500) { edges { node { agencies { agreements { sources { id } } } } } } }",
				() -> "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }",
				() -> "{ a: __schema { types { name } } b: __schema { types { name } } c: __schema { types { name } } }");
	}

	@Test
	void eachHostileQueryGetsAClearErrorWithinASecond() {
		for (Supplier<String> query : hostile()) {
			String text = query.get();
			long start = System.nanoTime();
			JsonNode response = this.graphQl.post(text);
			long millis = (System.nanoTime() - start) / 1_000_000;
			String shown = text.substring(0, Math.min(80, text.length()));
			assertThat(response.has("errors")).as(shown).isTrue();
			String message = response.at("/errors/0/message").asString();
			assertThat(message).as(shown).isNotBlank().doesNotContain("Exception").doesNotContain("MATCH ");
			assertThat(millis).as("answered in ms: " + shown).isLessThan(1000);
		}
	}

	@Test
	void theLimitsSayWhatIsAllowed() {
		// Twice: the second time the text's parsed document is kept, and the limits must hold all the same.
		for (int time = 1; time <= 2; time++) {
			assertThat(this.graphQl.post(deep(20)).at("/errors/0/message").asString()).as("time " + time)
				.contains("levels deep").contains("at most 15");
			assertThat(this.graphQl.post(aliases(200)).at("/errors/0/message").asString()).as("time " + time)
				.contains("200 aliases").contains("at most 50");
			assertThat(this.graphQl.post(hostile().get(6).get()).at("/errors/0/message").asString()).as("time " + time)
				.contains("page through");
			assertThat(this.graphQl.post(aliases(20)).has("errors")).as("time " + time).isFalse();
		}
	}

	@Test
	void normalQueriesKeepBeingAnsweredDuringAnAttack() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> attacks = new ArrayList<>();
			for (int round = 0; round < 5; round++) {
				for (Supplier<String> query : hostile()) {
					attacks.add(pool.submit(() -> this.graphQl.post(query.get())));
				}
			}
			List<Future<JsonNode>> normal = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				normal.add(pool.submit(() -> this.graphQl.post(NORMAL)));
			}
			for (Future<JsonNode> answer : normal) {
				JsonNode response = answer.get(10, TimeUnit.SECONDS);
				assertThat(response.has("errors")).as(String.valueOf(response.get("errors"))).isFalse();
				assertThat(response.at("/data/agreements/totalCount").asInt()).isEqualTo(9);
			}
			for (Future<?> attack : attacks) {
				attack.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
