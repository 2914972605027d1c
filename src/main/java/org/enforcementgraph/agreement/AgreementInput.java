package org.enforcementgraph.agreement;

import java.time.LocalDate;

/** The GraphQL {@code AgreementInput}. */
record AgreementInput(String program, String model, String agencyId, String countyFips, String counterparty,
		LocalDate signedOn, LocalDate endedOn, String moaUrl, String facilityId, String sourceId) {
}
