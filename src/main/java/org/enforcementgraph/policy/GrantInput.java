package org.enforcementgraph.policy;

/** The GraphQL {@code GrantInput}. */
record GrantInput(String recipientId, String program, int fiscalYear, Double amount, String conditions,
		boolean immigrationConditions, String grantor, String sourceId) {
}
