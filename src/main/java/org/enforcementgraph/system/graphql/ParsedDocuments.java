package org.enforcementgraph.system.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated documents of the most recent distinct query texts. Why: dashboards and the profile
 * page send the same few documents over and over with other variables, and parsing and validating one again took a
 * tenth of a county profile's CPU. A document's validity depends only on its text and the schema, which is fixed while
 * the service runs; the limits on depth and complexity are checked when each request executes, and the one on aliases
 * when a text is first parsed, so a cached document passes no check it would fail.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	/** Texts longer than this are parsed each time: rare, and they would crowd out the documents that repeat. */
	static final int LONGEST_KEPT = 10_000;

	private final Map<String, PreparsedDocumentEntry> recent;

	ParsedDocuments(int capacity) {
		this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query.length() > LONGEST_KEPT) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		// Error messages are localized, so the same text may be kept once per language.
		String key = input.getLocale() + "\n" + query;
		PreparsedDocumentEntry entry;
		synchronized (this.recent) {
			entry = this.recent.get(key);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			synchronized (this.recent) {
				this.recent.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept now. */
	int size() {
		synchronized (this.recent) {
			return this.recent.size();
		}
	}

}
