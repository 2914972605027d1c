package org.enforcementgraph.imports.agencies;

import java.util.List;

/**
 * One agency of the FBI's law-enforcement roster, as it will be written: {@code name} cleaned (see
 * {@link RosterReading}), {@code counties} the county names the FBI prints for it, upper case, one or several.
 */
record RosterRow(int row, String ori, String name, String state, String rosterType, String kind, List<String> counties,
		Integer dataYear, Integer population, Integer officers, Integer civilians) {

	String id() {
		return RosterRow.idOf(this.ori);
	}

	/** A roster agency's id: {@code agency:ori:} and its ORI, the key the FBI gives it. */
	static String idOf(String ori) {
		return "agency:ori:" + ori;
	}

}
