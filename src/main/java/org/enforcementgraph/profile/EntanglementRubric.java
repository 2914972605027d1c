package org.enforcementgraph.profile;

/** What other features need of the rubric: the clause computing a county's score ({@code County.entanglement}). */
public final class EntanglementRubric {

	private EntanglementRubric() {
	}

	/** Reading clauses binding {@code out} to the score of the map {@code profile} ({county, asOf}). */
	public static String score(String profile, String out) {
		return RubricFactors.score(profile, out, false);
	}

}
