package org.enforcementgraph.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counters of one file's import (or of a whole run), printed in the order they were first counted. */
public final class ImportSummary {

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	/** Counts {@code name} up by {@code by}; a counter of 0 still shows. */
	public ImportSummary add(String name, int by) {
		this.counts.merge(name, by, Integer::sum);
		return this;
	}

	public ImportSummary count(String name) {
		return add(name, 1);
	}

	public int get(String name) {
		return this.counts.getOrDefault(name, 0);
	}

	public void addAll(ImportSummary other) {
		other.counts.forEach(this::add);
	}

	public Map<String, Integer> counts() {
		return Map.copyOf(this.counts);
	}

	@Override
	public String toString() {
		StringBuilder line = new StringBuilder();
		this.counts.forEach((name, count) -> line.append(line.isEmpty() ? "" : ", ").append(count).append(' ').append(name));
		return line.toString();
	}

}
