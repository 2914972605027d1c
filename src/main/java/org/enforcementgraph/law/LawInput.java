package org.enforcementgraph.law;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL {@code LawInput}. */
record LawInput(String state, String billId, String title, List<String> kinds, String appliesTo,
		List<String> appliesToKinds, LocalDate enactedOn, LocalDate effectiveOn, LocalDate deadline, String summary,
		String sourceId) {
}
