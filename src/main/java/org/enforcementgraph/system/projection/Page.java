package org.enforcementgraph.system.projection;

import org.enforcementgraph.system.graphql.InvalidArgumentException;

/**
 * A page request: at most {@code first} items after {@code after}, in the order of {@code sortKey} (a Cypher
 * expression over {@code n} that is never null) then {@code n.id}.
 */
public record Page(Integer first, String after, String sortKey, boolean descending) {

	/** The largest page anyone may ask for; bigger requests get a clear error rather than a slow answer. */
	public static final int MAX_FIRST = 500;

	public static final int DEFAULT_FIRST = 50;

	public Page {
		if (first != null && (first < 0 || first > MAX_FIRST)) {
			throw new InvalidArgumentException(
					"first must be between 0 and " + MAX_FIRST + "; got " + first + ". Page through larger results with after: endCursor");
		}
	}

	public int size() {
		return (this.first != null) ? this.first : DEFAULT_FIRST;
	}

	public static Page of(Integer first, String after, String sortKey, boolean descending) {
		return new Page(first, after, sortKey, descending);
	}

}
