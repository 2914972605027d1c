package org.enforcementgraph.source;

/** The GraphQL {@code CorrectionInput}: one new value for one field of one fact, and why. */
record CorrectionInput(String id, String field, String value, String reason, String sourceId) {
}
