package org.enforcementgraph.policy;

import java.time.LocalDate;

/** The GraphQL {@code PolicyInput}. */
record PolicyInput(String jurisdictionId, String title, String topic, String stance, String instrument,
		LocalDate adoptedOn, LocalDate repealedOn, String summary, String sourceId) {
}
