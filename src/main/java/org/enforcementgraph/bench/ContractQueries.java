package org.enforcementgraph.bench;

import java.util.List;
import java.util.Map;

/** The queries of the API's contract the benchmark times (issue: benchmarks), on the real data. */
final class ContractQueries {

	/** A GraphQL request. */
	record Query(String name, String document, Map<String, Object> variables) {
	}

	static final String PROFILE = """
			query($fips: String!) { countyProfile(fips: $fips) { county { name state { postal } }
			  answers { number question answer unknownRecord evidence { statement date indicates sources { id } } }
			  agreements287g { id model signedOn status } facilities { name } laws { billId } entanglement { minScore maxScore } } }""";

	private ContractQueries() {
	}

	static List<Query> all() {
		return List.of(
				new Query("mandate flagship (500)", """
						{ agreements(filter: {underStateMandate: true}, first: 500) { totalCount edges { node { id signedOn model
						  agency { name } sheriffAtSigning { name } county { fips } state { postal } mandatedBy { billId } sources { id } } } } }""",
						Map.of()),
				new Query("countyProfile (Harris TX)", PROFILE, Map.of("fips", "48201")),
				new Query("agreements page of 500", """
						{ agreements(first: 500) { edges { node { id model signedOn agency { name } county { fips name }
						  state { postal } sources { id title } } } } }""", Map.of()),
				new Query("changes (2026-04-30 to 2026-05-18)", """
						{ changes(from: "2026-04-30", to: "2026-05-18") { added { id agency { name } } ended { id }
						  corrections { field oldValue newValue } renamedAgencies { oldName newName } } }""", Map.of()),
				new Query("connections (sheriff to company)", """
						{ connections(from: "person:AZ:mark-lamb", to: "company:corecivic") { length nodes { id }
						  relationships { type sources { id } } } }""", Map.of()),
				new Query("search", """
						{ search(text: "county sheriff", first: 20) { kind score node { id } } }""", Map.of()),
				new Query("agreementStats (by state)", """
						{ agreementStats(groupBy: STATE, filter: {program: SECTION_287G}) { key count } }""", Map.of()));
	}

}
