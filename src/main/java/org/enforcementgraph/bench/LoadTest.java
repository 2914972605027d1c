package org.enforcementgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/** Concurrent clients asking for the profiles of random counties for a while: throughput, latencies, errors. */
record LoadTest(int clients, int seconds, int requests, int errors, Latencies latencies) {

	static LoadTest run(ServerProcess server, List<String> counties, int clients, int seconds) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicInteger requests = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread thread = Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < until) {
					String fips = counties.get(ThreadLocalRandom.current().nextInt(counties.size()));
					long started = System.nanoTime();
					try {
						JsonNode response = server.graphQl(ContractQueries.PROFILE, Map.of("fips", fips));
						latencies.add(started);
						if (response.has("errors") || response.at("/data/countyProfile").isNull()) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					requests.incrementAndGet();
				}
			});
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new LoadTest(clients, seconds, requests.get(), errors.get(), latencies);
	}

	double throughput() {
		return (double) this.requests / this.seconds;
	}

}
