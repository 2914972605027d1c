package org.enforcementgraph.system.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Neo4j plans a statement's text the first time it runs and caches the plan. Requests asking the same new text at
 * once would each plan it side by side: for the county profile's 18 KB statement that is seconds of CPU each while the
 * JVM is cold, and sixteen of them on two cores ran past the request timeout. So the first run of a text goes alone;
 * the others wait for it, then find its plan cached. A text that has run once runs without waiting.
 */
final class FirstRuns {

	/** As many texts as Neo4j's query cache keeps by default; past that, forgetting costs one more wait per text. */
	private static final int REMEMBERED = 1000;

	private final Set<String> ran = ConcurrentHashMap.newKeySet();

	private final ConcurrentHashMap<String, Object> running = new ConcurrentHashMap<>();

	<T> T run(String statement, Supplier<T> call) {
		if (this.ran.contains(statement)) {
			return call.get();
		}
		Object first = this.running.computeIfAbsent(statement, text -> new Object());
		synchronized (first) {
			// Those who waited run after the lock, side by side, once the first has run.
			if (!this.ran.contains(statement)) {
				try {
					T result = call.get();
					remember(statement);
					return result;
				}
				finally {
					this.running.remove(statement, first);
				}
			}
		}
		return call.get();
	}

	private void remember(String statement) {
		if (this.ran.size() >= REMEMBERED) {
			this.ran.clear();
		}
		this.ran.add(statement);
	}

}
