package org.enforcementgraph.agency;

import java.time.LocalDate;

/** The GraphQL {@code TenureInput}. */
record TenureInput(String personId, String personName, String agencyId, String title, LocalDate from, LocalDate to,
		String sourceId) {
}
