package org.enforcementgraph.agency;

/** When a tenure ({@code (:Person)-[_term:HELD_OFFICE]->(:Agency)}) covers a day, for every query that asks. */
public final class Tenures {

	private Tenures() {
	}

	/**
	 * The tenure {@code _term} covers {@code day} (a Cypher expression): it started on or before it and had not ended,
	 * or, when the source gives no start (a list of one year's sheriffs), the person was known in office that year.
	 */
	public static String inOffice(String day) {
		return "((_term.from IS NOT NULL AND _term.from <= " + day + " AND (_term.to IS NULL OR _term.to >= " + day + "))"
				+ " OR (_term.from IS NULL AND " + day + ".year IN coalesce(_term.knownInOffice, [])))";
	}

}
