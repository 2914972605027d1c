package org.enforcementgraph.profile;

import java.util.List;

/**
 * The eight "Questions to Ask" of seed 004, each with the facts that answer it for a county and its agencies (picked
 * from the evidence {@link Evidence#gather} collects) and the public record that would answer it when the graph
 * cannot (README, "County profile": the answer rules).
 */
final class ProfileQuestions {

	static final String ICE_LISTS = "['DECLINED_DETAINER_OUTCOME_REPORT', 'SANCTUARY_LIST']";

	private static final String COOPERATION = "{COOPERATES: 'YES', LIMITS: 'PARTIAL', PROHIBITS: 'NO'}";

	record Question(String key, String text, String evidence, String record) {
	}

	static final List<Question> ALL = List.of(
			new Question("PARTICIPATES_287G", "Does your local LEA or sheriff's department participate in the 287(g) program?",
					join(Evidence.pick("agreements", "_e.active", "'YES'"), Evidence.iceListShowsNone("'NO'"),
							Evidence.pick("agreements", "NOT _e.active", "null"), laws("['MANDATES_287G', 'PROHIBITS_287G']", "null")),
					"ICE's current list of 287(g) participating agencies (ice.gov, 287(g) program) and the agency's memorandum of agreement; request the agreement under "),
			new Question("DATA_SHARING", "What is your local LEA's policy on data sharing with ICE?",
					policies("['DATA_SHARING']", COOPERATION),
					"the sheriff's and police department's written policy on sharing booking data, release dates and databases with ICE; request it under "),
			new Question("ADMINISTRATIVE_WARRANTS", "What is your local LEA's policy on ICE administrative warrants?",
					join(policies("['ADMINISTRATIVE_WARRANTS']", COOPERATION),
							Evidence.pick("agreements", "_e.active AND _e.model = 'WARRANT_SERVICE_OFFICER'", "'YES'")),
					"the agency's written policy on ICE administrative warrants (forms I-200 and I-205); request it under "),
			new Question("DETAINERS_OR_RELEASE_NOTICE", "Does your local jail honor ICE detainer requests or notify ICE of release dates?",
					join(policies("['DETAINERS', 'RELEASE_NOTIFICATION']", COOPERATION),
							laws("['REQUIRES_DETAINER_COMPLIANCE', 'LIMITS_COOPERATION']",
									"CASE WHEN 'REQUIRES_DETAINER_COMPLIANCE' IN _e.kinds THEN 'YES' ELSE 'PARTIAL' END"),
							Evidence.pick("agreements", "_e.active AND _e.model = 'JAIL_ENFORCEMENT'", "'YES'"),
							Evidence.pick("mentions", "_e.kind IN " + ICE_LISTS, "CASE WHEN _e.withdrawn THEN null ELSE 'PARTIAL' END")),
					"the sheriff's detainer policy and the jail's procedures for ICE notifications; request them under "),
			new Question("GRANT_CONDITIONS", "Has your town ever received federal grant funding with immigration enforcement cooperation conditions?",
					Evidence.pick("grants", "true", "CASE WHEN _e.conditions THEN 'YES' END"),
					"the county's and agencies' federal grant awards and their special conditions (USAspending.gov, the Justice Department's award search) and the county budget; request the award documents under "),
			new Question("PROSECUTOR_COOPERATION", "Does your district or county attorney's office voluntarily collaborate with federal prosecutors or ICE on nonviolent undocumented cases?",
					policies("['PROSECUTOR_COOPERATION']", COOPERATION),
					"the district or county attorney's written policy on immigration cases and on working with ICE or federal prosecutors; request it under "),
			new Question("NAMED_IN_REPORTS", "Has your town or local LEA been named in any ICE cooperation reports or executive order lists?",
					Evidence.pick("mentions", "true", "CASE WHEN _e.withdrawn THEN null WHEN _e.kind IN " + ICE_LISTS + " THEN 'YES' END"),
					"ICE's Declined Detainer Outcome Reports (2017) and DHS's lists of sanctuary jurisdictions (the graph holds only the reports imported into it); ask the agency under "),
			new Question("SANCTUARY_LAWS", "Does your town or state have sanctuary laws or policies restricting cooperation with federal immigration enforcement?",
					join(laws("['LIMITS_COOPERATION', 'PROHIBITS_287G', 'PROHIBITS_SANCTUARY_POLICIES']",
							"CASE WHEN 'PROHIBITS_SANCTUARY_POLICIES' IN _e.kinds THEN 'NO' ELSE 'YES' END"),
							Evidence.pick("policies", "_e.stance IN ['LIMITS', 'PROHIBITS']", "CASE WHEN _e.repealed THEN null ELSE 'YES' END"),
							Evidence.pick("mentions", "_e.kind = 'SANCTUARY_LIST' OR (_e.kind = 'DECLINED_DETAINER_OUTCOME_REPORT' AND _e.key = 'section-iii')", "'YES'")),
					"the county's and city's ordinances and resolutions and the sheriff's written policies on immigration enforcement; request them under "));

	private ProfileQuestions() {
	}

	/** Policies on {@code topics}; what their stance indicates ({@code stances}, a map literal), repealed ones context. */
	static String policies(String topics, String stances) {
		return Evidence.pick("policies", "_e.topic IN " + topics, "CASE WHEN _e.repealed THEN null ELSE " + stances + "[_e.stance] END");
	}

	/** The state's laws in force of any of {@code kinds}. */
	static String laws(String kinds, String indicates) {
		return Evidence.pick("laws", "any(_k IN _e.kinds WHERE _k IN " + kinds + ")", indicates);
	}

	static String join(String... lists) {
		return "(" + String.join(" + ", lists) + ")";
	}

	/** Clauses binding {@code that} to each answered question, over {@code this} = {county, asOf, recordsLaw, ev}. */
	static String answers() {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < ALL.size(); i++) {
			Question q = ALL.get(i);
			list.append(i == 0 ? "" : ", ")
				.append("{number: ").append(i + 1)
				.append(", key: '").append(q.key())
				.append("', question: \"").append(q.text())
				.append("\", record: \"").append(q.record()).append("\" + _p.recordsLaw")
				.append(", evidence: ").append(q.evidence()).append('}');
		}
		String answer = Evidence.decision("_q.evidence", "UNKNOWN", "PARTIAL");
		return "UNWIND [this] AS _p WITH _p, _p.ev AS _ev UNWIND [" + list + "] AS _q WITH _q, " + answer + " AS _answer"
				+ " WITH _q {.number, .key, .question, .evidence, answer: _answer,"
				+ " unknownRecord: CASE WHEN _answer = 'UNKNOWN' THEN _q.record END} AS that";
	}

}
