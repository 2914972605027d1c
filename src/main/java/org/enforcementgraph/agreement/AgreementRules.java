package org.enforcementgraph.agreement;

/**
 * The two rules that decide what an agreement means, as Cypher conditions, written once and used by every query
 * that needs them (filters, nested fields, statistics, saved queries).
 */
public final class AgreementRules {

	/**
	 * Far-future end of an interval that is still open; Neo4j lists cannot hold nulls, so {@code activeUntil} uses it
	 * for "not ended".
	 */
	public static final String OPEN_END = "9999-12-31";

	/** Order of agreement lists: newest signing first, unknown signing dates last (Neo4j puts nulls first in DESC). */
	public static final String NEWEST_FIRST = "that.signedOn IS NULL, that.signedOn DESC, that.id";

	private AgreementRules() {
	}

	/**
	 * In force on {@code asOf} (a Cypher expression, usually a parameter; null means any time): the day falls in one
	 * of the agreement's intervals {@code activeFrom[i] <= day < activeUntil[i]}. For 287(g) these intervals run from
	 * the first ICE list snapshot that shows the agreement to the first that no longer does, so "as of a day" answers
	 * exactly what ICE's latest list on or before that day said.
	 */
	public static String activeOn(String agreement, String asOf) {
		return "(" + asOf + " IS NULL OR any(_i IN range(0, size(coalesce(" + agreement + ".activeFrom, [])) - 1) WHERE "
				+ agreement + ".activeFrom[_i] <= " + asOf + " AND " + asOf + " < " + agreement + ".activeUntil[_i]))";
	}

	/**
	 * The first day a law {@code law} counts as in force: its effective date, else its enactment date, else (when
	 * only the month or year is known) the last day of that month or year ({@code inForceFrom}, set by the laws import).
	 */
	public static String inForceFrom(String law) {
		return "coalesce(" + law + ".effectiveOn, " + law + ".enactedOn, " + law + ".inForceFrom)";
	}

	/**
	 * Reading clauses from a 287(g) agreement {@code agreement} to each law {@code law} that mandated it: a law of the
	 * party agency's state, of kind MANDATES_287G, binding that kind of agency, in force (effective, or enacted when
	 * no effective date is known) on or before the signing date.
	 */
	public static String mandatingLaws(String agreement, String law) {
		return "MATCH (" + agreement + ")<-[:PARTY_TO]-(_party:Agency)-[:IN_STATE]->(:State)-[:ENACTED]->(" + law
				+ ":Law) WHERE " + agreement + ".program = 'SECTION_287G' AND " + agreement + ".signedOn IS NOT NULL"
				+ " AND 'MANDATES_287G' IN " + law + ".kinds AND _party.kind IN " + law + ".appliesToKinds"
				+ " AND " + inForceFrom(law) + " <= " + agreement + ".signedOn";
	}

}
