package org.enforcementgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Timings of repeated calls, in milliseconds, and their percentiles. */
final class Latencies {

	private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

	/** Runs {@code call} {@code warmUp} times untimed, then {@code times} times timed. */
	static Latencies of(int warmUp, int times, Callable<?> call) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			call.call();
		}
		Latencies latencies = new Latencies();
		for (int i = 0; i < times; i++) {
			long started = System.nanoTime();
			call.call();
			latencies.add(started);
		}
		return latencies;
	}

	void add(long startedNanos) {
		this.millis.add((System.nanoTime() - startedNanos) / 1e6);
	}

	int count() {
		return this.millis.size();
	}

	double percentile(double p) {
		List<Double> sorted;
		synchronized (this.millis) {
			sorted = new ArrayList<>(this.millis);
		}
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
