package org.enforcementgraph.agency;

import java.util.List;

/** The GraphQL {@code AgencyInput}. */
record AgencyInput(String name, String kind, String state, List<String> countyFips, String ori, String sourceId) {
}
