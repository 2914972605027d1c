package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;

/**
 * One row of an ICE 287(g) list, cleaned: the observation everything else is derived from. It is stored as a
 * {@code ListEntry} node citing its file, with every cell as printed ({@code printed}, JSON), so each agreement can
 * be traced to the rows that show it.
 *
 * @param state USPS postal code
 * @param model a {@code Model287g} name
 * @param signedOn the signing date, null when the row gives none that can be read (pending lists give none)
 */
record ListEntry(String id, String sourceId, int row, String sheet, String state, String agencyName, String iceType,
		String countyName, String model, LocalDate signedOn, String moaUrl, String moaArchiveUrl, String addendumUrl,
		String printed) {

	static String idOf(String sourceId, int row) {
		return "list-entry:" + sourceId.substring(sourceId.lastIndexOf(':') + 1) + ":" + row;
	}

}
