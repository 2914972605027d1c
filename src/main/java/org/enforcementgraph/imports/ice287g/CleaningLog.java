package org.enforcementgraph.imports.ice287g;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clean-ups made while reading one file, grouped by column, value as printed, value used and reason, each with
 * the rows (list entries) it touched. Clean-ups that differ row by row in a mechanical way (stray spaces, link
 * wrappers) are grouped per column and reason only: the entries keep every cell as printed.
 */
final class CleaningLog {

	/** One kind of clean-up in one column. {@code oldValue} is null for grouped ones: the entries keep the values. */
	record Cleanup(String column, String oldValue, String newValue, String reason) {
	}

	private final Map<Cleanup, List<String>> entries = new LinkedHashMap<>();

	private int cells;

	void record(String column, String oldValue, String newValue, String reason, String entryId) {
		this.entries.computeIfAbsent(new Cleanup(column, oldValue, newValue, reason), c -> new ArrayList<>()).add(entryId);
		this.cells++;
	}

	void whitespace(String column, String entryId) {
		grouped(column, "spaces around or inside the value removed", entryId);
	}

	void grouped(String column, String reason, String entryId) {
		record(column, null, null, reason, entryId);
	}

	Map<Cleanup, List<String>> all() {
		return this.entries;
	}

	/** How many cells were changed. */
	int cells() {
		return this.cells;
	}

}
