package org.enforcementgraph.profile;

import java.util.List;

/**
 * ILRC's seven cumulative factors (seed 001; ../shared/data/reports/ilrc-rubric.md, factor list corroborated by the
 * tallies of "Searching for Sanctuary"): one point for each limiting policy a county has. Each factor is MET, NOT_MET
 * or UNKNOWN from its evidence (README, "Entanglement score": the mapping), never guessed.
 */
final class RubricFactors {

	private static final String LIMITS_MET = "{COOPERATES: 'NOT_MET', LIMITS: 'MET', PROHIBITS: 'MET'}";

	record Factor(String name, String evidence) {
	}

	static final List<Factor> ALL = List.of(
			new Factor("No 287(g) agreement", ProfileQuestions.join(Evidence.pick("agreements", "_e.active", "'NOT_MET'"),
					Evidence.iceListShowsNone("'MET'"))),
			new Factor("No contract with ICE to detain immigrants (IGSA or USMS IGA)",
					ProfileQuestions.join(Evidence.pick("contracts", "true", "'NOT_MET'"), Evidence.noContract("'MET'"))),
			new Factor("Restricts or refuses holds on ICE detainers",
					ProfileQuestions.join(ProfileQuestions.policies("['DETAINERS']", LIMITS_MET),
							ProfileQuestions.laws("['REQUIRES_DETAINER_COMPLIANCE', 'LIMITS_COOPERATION']",
									"CASE WHEN 'REQUIRES_DETAINER_COMPLIANCE' IN _e.kinds THEN 'NOT_MET' END"),
							Evidence.pick("agreements", "_e.active AND _e.model = 'JAIL_ENFORCEMENT'", "'NOT_MET'"),
							Evidence.pick("mentions", "_e.kind IN " + ProfileQuestions.ICE_LISTS, "CASE WHEN _e.withdrawn THEN null ELSE 'MET' END"))),
			new Factor("Policy against notifying ICE of release dates (ICE alerts)",
					ProfileQuestions.join(ProfileQuestions.policies("['RELEASE_NOTIFICATION']", LIMITS_MET),
							Evidence.pick("agreements", "_e.active AND _e.model = 'JAIL_ENFORCEMENT'", "'NOT_MET'"))),
			new Factor("Bars ICE from jails or requires consent to ICE interviews",
					ProfileQuestions.join(ProfileQuestions.policies("['JAIL_ACCESS']", LIMITS_MET),
							Evidence.pick("agreements", "_e.active AND _e.model = 'JAIL_ENFORCEMENT'", "'NOT_MET'"))),
			new Factor("Bans asking about immigration status",
					ProfileQuestions.join(ProfileQuestions.policies("['STATUS_INQUIRY']", LIMITS_MET),
							Evidence.pick("agreements", "_e.active AND _e.model = 'TASK_FORCE'", "'NOT_MET'"))),
			new Factor("General ban on using local resources to help ICE with civil immigration enforcement",
					ProfileQuestions.join(ProfileQuestions.policies("['LOCAL_RESOURCES']", LIMITS_MET),
							ProfileQuestions.laws("['PROHIBITS_SANCTUARY_POLICIES']", "'NOT_MET'"),
							Evidence.pick("agreements", "_e.active", "'NOT_MET'"))));

	private RubricFactors() {
	}

	/**
	 * Clauses binding {@code out} to the score map {county, asOf, factors} of the profile map {@code profile}
	 * ({county, asOf}, with its evidence {@code ev} when {@code gathered}).
	 */
	static String score(String profile, String out, boolean gathered) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < ALL.size(); i++) {
			list.append(i == 0 ? "" : ", ")
				.append("{number: ").append(i + 1)
				.append(", name: '").append(ALL.get(i).name())
				.append("', evidence: ").append(ALL.get(i).evidence()).append('}');
		}
		String status = Evidence.decision("_f.evidence", "UNKNOWN", "UNKNOWN");
		return "UNWIND [" + profile + "] AS _p " + (gathered ? "WITH _p, _p.ev AS _ev " : Evidence.gather())
				+ " WITH _p, [" + list + "] AS _fs"
				+ " WITH {county: _p.county, asOf: _p.asOf, factors: [_f IN _fs | _f {.number, .name, .evidence, status: " + status + "}]} AS " + out;
	}

}
