package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import org.enforcementgraph.agreement.AgreementIds;
import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.system.Cypher;

/**
 * The detention agreements the facility lists show: a facility listed as {@code IGSA} in a fiscal year has an IGSA
 * with ICE, one listed as {@code USMS IGA} a Marshals agreement ICE uses. Each agreement's party comes from
 * {@link AgreementParties}; it is in force ({@code activeFrom}/{@code activeUntil}) in the fiscal years that list the
 * facility with that type ({@link FiscalYears}), from the best known contract start of the 2015 listing when it is
 * earlier; the 2015 listing counts as fiscal year 2016 (its data is "FY2016 data: IIDS as of 12/08/2015").
 */
@Component
final class DetentionAgreements {

	static final String IMPORTER = IceDetentionImporter.NAME;

	private static final Map<String, String> PROGRAM_OF_TYPE = Map.of("IGSA", "IGSA", "USMS IGA", "USMS_IGA");

	private final Cypher cypher;

	private final AgreementWrites writes;

	DetentionAgreements(Cypher cypher, AgreementWrites writes) {
		this.cypher = cypher;
		this.writes = writes;
	}

	record Written(int agreements, int withoutParty) {
	}

	/** One fiscal year's listing of a facility: the type it was listed as, by which source, with which data date. */
	private record Listed(String type, String source, LocalDate dataDate) {
	}

	Written write(Map<String, FacilityLocations.Location> located) {
		SortedSet<Integer> covered = new TreeSet<>();
		List<Map<String, Object>> facilities = this.cypher.rows("""
				MATCH (f:Facility) WHERE %s
				RETURN f.id AS id, f.state AS state, f.city AS city, f.listingOperator AS operator, f.listingOwner AS owner,
				       f.listingTypeDetailed AS listingType, f.listingContractStart AS contractStart,
				       f.listingSource AS listingSource, f.listingDataDate AS listingDate,
				       COLLECT { MATCH (f)-[:HAS_YEAR]->(y:FacilityYear)-[:CITES]->(s:Source) WHERE y.observation IS NOT NULL
				                 RETURN {fiscalYear: y.fiscalYear, type: y.type, dataDate: y.dataDate, source: s.id} } AS years
				ORDER BY f.id""".formatted(FacilityDerivation.MINE), Map.of());
		for (Map<String, Object> r : this.cypher.rows(
				"MATCH (y:FacilityYear) WHERE y.observation IS NOT NULL RETURN DISTINCT y.fiscalYear AS fy", Map.of())) {
			covered.add(((Number) r.get("fy")).intValue());
		}
		if (facilities.stream().anyMatch(f -> f.get("listingSource") != null)) {
			covered.add(2016);
		}
		List<Map<String, Object>> agreements = new ArrayList<>();
		for (Map<String, Object> f : facilities) {
			Map<Integer, Listed> listed = listings(f);
			for (String program : List.of("IGSA", "USMS_IGA")) {
				SortedSet<Integer> yearsOfProgram = new TreeSet<>();
				listed.forEach((fy, l) -> {
					if (l.type() != null && program.equals(PROGRAM_OF_TYPE.get(l.type()))) {
						yearsOfProgram.add(fy);
					}
				});
				if (!yearsOfProgram.isEmpty()) {
					agreements.add(agreement(f, program, yearsOfProgram, listed, covered, located.get(f.get("id"))));
				}
			}
		}
		return this.writes.write(agreements);
	}

	private static Map<Integer, Listed> listings(Map<String, Object> facility) {
		Map<Integer, Listed> listed = new TreeMap<>();
		if (facility.get("listingSource") != null && facility.get("listingType") != null) {
			listed.put(2016, new Listed((String) facility.get("listingType"), (String) facility.get("listingSource"),
					(LocalDate) facility.get("listingDate")));
		}
		for (Object value : (List<?>) facility.get("years")) {
			Map<?, ?> year = (Map<?, ?>) value;
			listed.put(((Number) year.get("fiscalYear")).intValue(),
					new Listed((String) year.get("type"), (String) year.get("source"), (LocalDate) year.get("dataDate")));
		}
		return listed;
	}

	private static Map<String, Object> agreement(Map<String, Object> f, String program, SortedSet<Integer> yearsOfProgram,
			Map<Integer, Listed> listed, SortedSet<Integer> covered, FacilityLocations.Location location) {
		String facilityId = (String) f.get("id");
		String state = (String) f.get("state");
		AgreementParties.Party party = AgreementParties.of(state, (String) f.get("city"), (String) f.get("operator"),
				(String) f.get("owner"), location);
		List<LocalDate[]> intervals = FiscalYears.intervals(covered, yearsOfProgram);
		LocalDate contractStart = yearsOfProgram.contains(2016) ? (LocalDate) f.get("contractStart") : null;
		if (contractStart != null && contractStart.isBefore(intervals.get(0)[0])) {
			intervals.get(0)[0] = contractStart;
		}
		int last = yearsOfProgram.last();
		LocalDate lastDataDate = listed.get(last).dataDate();
		LocalDate lastSeen = (lastDataDate != null && lastDataDate.isBefore(FiscalYears.end(last))) ? lastDataDate
				: FiscalYears.end(last);
		TreeSet<String> sources = new TreeSet<>();
		yearsOfProgram.forEach(fy -> sources.add(listed.get(fy).source()));
		if (party.method().startsWith("OPERATOR") || party.method().startsWith("OWNER")) {
			sources.add((String) f.get("listingSource"));
		}
		if (location != null) {
			sources.addAll(location.sources());
		}
		boolean open = intervals.get(intervals.size() - 1)[1].equals(LocalDate.parse(AgreementRules.OPEN_END));
		Map<String, Object> p = new HashMap<>();
		String partyId = (party.id() != null) ? party.id() : "undetermined";
		p.put("id", AgreementIds.detention(program, partyId, facilityId.substring("facility:".length())));
		p.put("program", program);
		p.put("importer", IMPORTER);
		p.put("partyMethod", party.method());
		p.put("partyConfidence", party.confidence());
		p.put("signedOn", contractStart);
		p.put("firstSeen", FiscalYears.start(yearsOfProgram.first()));
		p.put("lastSeen", lastSeen);
		p.put("fiscalYears", List.copyOf(yearsOfProgram));
		p.put("status", open ? "ACTIVE" : "ENDED");
		p.put("activeFrom", intervals.stream().map(i -> i[0]).toList());
		p.put("activeUntil", intervals.stream().map(i -> i[1]).toList());
		Map<String, Object> a = new HashMap<>();
		a.put("properties", p);
		a.put("facilityId", facilityId);
		a.put("counterpartyId", program.equals("IGSA") ? "federal-agency:ICE" : "federal-agency:USMS");
		a.put("party", party);
		a.put("state", state);
		a.put("fips", (location != null) ? location.fips() : null);
		a.put("countyName", (location != null) ? location.countyName() : null);
		a.put("sources", List.copyOf(sources));
		return a;
	}

}
