package org.enforcementgraph.imports.detention;

import java.util.Map;

/**
 * A facility as a list that gives ICE's facility code (DETLOC) prints it: the 2015 listing or the UWCHR list.
 * {@code properties} are written on {@code Facility {id: 'facility:' + detloc}} under the list's prefix
 * ({@code listingName}, {@code uwchrCounty}, ...), so each list's values stay apart and none overwrites another's.
 */
record ReferenceRow(int row, String detloc, String state, String nameKey, String cityAddressKey, String operator,
		String owner, Map<String, Object> properties) {
}
