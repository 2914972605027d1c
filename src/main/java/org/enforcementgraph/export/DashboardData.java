package org.enforcementgraph.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.profile.EntanglementRubric;
import org.enforcementgraph.system.Cypher;

/**
 * The rows of the dashboard exports, one statement each: every county with its 287(g) status, models, agreement
 * counts and detention contracts as of a day; every facility with its latest yearly statistics.
 */
@Component
public final class DashboardData {

	static final List<String> COUNTY_COLUMNS = List.of("fips", "name", "state", "has287g", "models", "agreements287g",
			"agencies287g", "detentionContracts", "facilities", "entanglementScore", "entanglementMin", "entanglementMax");

	static final List<String> FACILITY_COLUMNS = List.of("id", "detloc", "name", "address", "city", "state", "zip",
			"countyFips", "type", "aor", "operator", "owner", "fiscalYear", "averageDailyPopulation", "guaranteedMinimum",
			"lastInspectionRating", "sources");

	private final Cypher cypher;

	public DashboardData(Cypher cypher) {
		this.cypher = cypher;
	}

	/** Counties in FIPS order; {@code withGeometry} adds the GeoJSON text as {@code geometry}. */
	public List<Map<String, Object>> counties(LocalDate asOf, String state, boolean withGeometry) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("state", state);
		parameters.put("withGeometry", withGeometry);
		return this.cypher.rows("""
				MATCH (c:County) WHERE $state IS NULL OR c.state = $state
				CALL (c) {
				  OPTIONAL MATCH (c)<-[:SERVES]-(a:Agency)-[:PARTY_TO]->(g:Agreement {program: 'SECTION_287G'})
				  WHERE %s
				  RETURN count(DISTINCT g) AS agreements287g, count(DISTINCT a) AS agencies287g,
				         collect(DISTINCT g.model) AS models
				}
				CALL (c) {
				  OPTIONAL MATCH (c)<-[:SERVES*0..1]-()-[:PARTY_TO]->(d:Agreement)
				  WHERE d.program IN ['IGSA', 'USMS_IGA'] AND %s
				  RETURN count(DISTINCT d) AS detentionContracts
				}
				CALL (c) {
				  %s
				  WITH size([f IN score.factors WHERE f.status = 'MET']) AS met,
				       size([f IN score.factors WHERE f.status = 'UNKNOWN']) AS unknown
				  RETURN CASE WHEN unknown = 0 THEN met END AS entanglementScore, met AS entanglementMin,
				         met + unknown AS entanglementMax
				}
				RETURN c.fips AS fips, c.name AS name, c.state AS state, agreements287g > 0 AS has287g, models,
				       agreements287g, agencies287g, detentionContracts,
				       COUNT { (c)<-[:LOCATED_IN]-(:Facility) } AS facilities,
				       entanglementScore, entanglementMin, entanglementMax,
				       CASE WHEN $withGeometry THEN c.geometry END AS geometry
				ORDER BY c.fips""".formatted(AgreementRules.activeOn("g", "$asOf"), AgreementRules.activeOn("d", "$asOf"),
				EntanglementRubric.score("{county: c, asOf: coalesce($asOf, date())}", "score")),
				parameters)
			.stream()
			.map(DashboardData::withSortedModels)
			.toList();
	}

	private static Map<String, Object> withSortedModels(Map<String, Object> row) {
		Map<String, Object> sorted = new java.util.LinkedHashMap<>(row);
		sorted.put("models", ((List<?>) row.get("models")).stream().map(String::valueOf).sorted().toList());
		return sorted;
	}

	/** Facilities by name, each with its newest yearly statistics. */
	public List<Map<String, Object>> facilities() {
		return this.cypher.rows("""
				MATCH (f:Facility)
				OPTIONAL MATCH (f)-[:HAS_YEAR]->(y:FacilityYear)
				WITH f, y ORDER BY y.fiscalYear DESC
				WITH f, head(collect(y)) AS y
				RETURN f.id AS id, f.detloc AS detloc, f.name AS name, f.address AS address, f.city AS city, f.state AS state,
				       f.zip AS zip, COLLECT { MATCH (f)-[:LOCATED_IN]->(c:County) RETURN c.fips }[0] AS countyFips,
				       f.type AS type, f.aor AS aor,
				       COLLECT { MATCH (f)-[:OPERATED_BY]->(o:Company) RETURN o.name }[0] AS operator,
				       COLLECT { MATCH (f)-[:OWNED_BY]->(o:Company) RETURN o.name }[0] AS owner,
				       y.fiscalYear AS fiscalYear, y.averageDailyPopulation AS averageDailyPopulation,
				       y.guaranteedMinimum AS guaranteedMinimum, y.lastInspectionRating AS lastInspectionRating,
				       COLLECT { MATCH (f)-[:CITES]->(s:Source) RETURN s.title ORDER BY s.title } AS sources
				ORDER BY toLower(f.name), f.id""", Map.of());
	}

}
