package org.enforcementgraph.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.GraphQuery;

/**
 * {@code nationalSummary}: every current county scored on the rubric in one statement, counted per factor; ILRC's
 * published 2016 figures read from its Report (a second statement; a third when {@code publishedIn} is selected).
 */
@Controller
final class NationalSummaryController {

	static final String ILRC_REPORT = "report:ilrc-searching-for-sanctuary-2016";

	/** Per factor: what a county that does not meet it does, and ILRC's figure names for "do" and "do not". */
	static final List<String[]> MEASURES = List.of(new String[] { "have a 287(g) agreement", "countiesWith287g", null },
			new String[] { "hold a contract to detain people for ICE", "countiesWithDetentionContracts", null },
			new String[] { "hold people on ICE detainers", "countiesHoldingDetainers", "countiesNotHoldingDetainers" },
			new String[] { "notify ICE of release dates", "countiesNotifyingRelease", "countiesRefusingReleaseNotification" },
			new String[] { "put no limits on ICE in the jail", "countiesNotLimitingJailAccess", "countiesLimitingJailAccess" },
			new String[] { "allow asking about immigration status", "countiesAllowingStatusInquiry", "countiesBanningStatusInquiry" },
			new String[] { "let staff use local resources to help ICE", "countiesAllowingLocalResources", "countiesProhibitingLocalResources" });

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphQuery graph;

	NationalSummaryController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> nationalSummary(@Argument LocalDate asOf, DataFetchingEnvironment env) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now();
		List<Map<String, Object>> counts = this.graph.rows(env, "MATCH (c:County) WHERE coalesce(c.current, true)"
				+ " CALL (c) { " + RubricFactors.score("{county: c, asOf: $asOf}", "_s", false) + " RETURN [_f IN _s.factors | _f.status] AS statuses }"
				+ " UNWIND range(0, 6) AS factor WITH factor, statuses[factor] AS status, count(*) AS counties"
				+ " RETURN factor, status, counties", Map.of("asOf", day));
		List<Map<String, Object>> published = this.graph.rows(env, """
				OPTIONAL MATCH (r:Report {id: $id})
				RETURN r.figures AS figures, r.figureSources AS figureSources,
				       COLLECT { MATCH (r)-[:CITES]->(s:Source) RETURN s {.*} } AS sources""", Map.of("id", ILRC_REPORT));
		Map<String, Object> figures = parse((String) published.get(0).get("figures"));
		Map<String, Object> figureSources = parse((String) published.get(0).get("figureSources"));
		Map<String, Object> sourcesById = new HashMap<>();
		for (Object source : (List<?>) published.get(0).get("sources")) {
			sourcesById.put((String) ((Map<?, ?>) source).get("id"), source);
		}
		int total = 0;
		List<Map<String, Object>> measures = new ArrayList<>();
		for (int i = 0; i < MEASURES.size(); i++) {
			String[] measure = MEASURES.get(i);
			Map<String, Object> line = new HashMap<>();
			line.put("factor", i + 1);
			line.put("measure", measure[0]);
			line.put("counties", count(counts, i, "NOT_MET"));
			line.put("countiesNot", count(counts, i, "MET"));
			line.put("countiesUnknown", count(counts, i, "UNKNOWN"));
			line.put("published2016", figures.get(measure[1]));
			line.put("publishedNot2016", (measure[2] != null) ? figures.get(measure[2]) : null);
			List<Object> sources = new ArrayList<>();
			for (String name : new String[] { measure[1], measure[2] }) {
				if (name != null && figureSources.get(name) instanceof List<?> ids) {
					ids.stream().map(sourcesById::get).filter(s -> s != null && !sources.contains(s)).forEach(sources::add);
				}
			}
			line.put("publishedSources", sources);
			measures.add(line);
			total = count(counts, i, "NOT_MET") + count(counts, i, "MET") + count(counts, i, "UNKNOWN");
		}
		Map<String, Object> summary = new HashMap<>();
		summary.put("asOf", day);
		summary.put("countiesInGraph", total);
		summary.put("measures", measures);
		return summary;
	}

	@SchemaMapping(typeName = "NationalSummary", field = "publishedIn")
	Map<String, Object> publishedIn(DataFetchingEnvironment env) {
		return this.graph.one(env, "Report", "MATCH (n:Report {id: $id})", Map.of("id", ILRC_REPORT));
	}

	private static int count(List<Map<String, Object>> counts, int factor, String status) {
		return counts.stream()
			.filter(r -> ((Number) r.get("factor")).intValue() == factor && status.equals(r.get("status")))
			.mapToInt(r -> ((Number) r.get("counties")).intValue())
			.sum();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String text) {
		return (text == null) ? Map.of() : json.readValue(text, Map.class);
	}

}
