package org.enforcementgraph.imports.wapo;

import java.util.List;

/**
 * One agency of the Washington Post's 287(g) history, cleaned: its state, its name as an agency ("Pinal County" with
 * a sheriff named is "Pinal County Sheriff's Office"), the head named, the FBI ORI when given, and the years it took
 * part (the sheet's {@code y2005}…{@code y2019} marks).
 */
record WapoRow(int row, String state, String agencyName, String head, String headTitle, String headNote, String ori,
		List<Integer> years, String note) {
}
