package org.enforcementgraph.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.projection.Conditions;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.Page;

/** {@code agreements} and {@code agreementStats}: the flagship lists and their counts. */
@Controller
final class AgreementController {

	private static final String PARTY_NAME = "coalesce(COLLECT { MATCH (n)<-[:PARTY_TO]-(_p) RETURN _p.name LIMIT 1 }[0], '')";

	private static final String SIGNED = "coalesce(n.signedOn, date('0001-01-01'))";

	private final GraphQuery graph;

	AgreementController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> agreements(@Argument AgreementFilter filter, @Argument LocalDate asOf, @Argument Integer first,
			@Argument String after, @Argument String orderBy, DataFetchingEnvironment env) {
		Page page = switch (orderBy) {
			case "SIGNED_OLDEST" -> Page.of(first, after, SIGNED, false);
			case "PARTY_NAME" -> Page.of(first, after, PARTY_NAME, false);
			default -> Page.of(first, after, SIGNED, true);
		};
		Conditions conditions = AgreementFilter.orNone(filter).conditions(asOf);
		return this.graph.connection(env, "Agreement", conditions.where("MATCH (n:Agreement)"), conditions.parameters(),
				page);
	}

	@QueryMapping
	List<Map<String, Object>> agreementStats(@Argument String groupBy, @Argument AgreementFilter filter,
			@Argument LocalDate asOf, DataFetchingEnvironment env) {
		String key = switch (groupBy) {
			case "STATE" -> "COLLECT { MATCH (n)<-[:PARTY_TO]-()-[:IN_STATE]->(_s:State) RETURN _s.postal LIMIT 1 }[0]";
			case "MODEL" -> "coalesce(n.model, 'NONE')";
			case "MONTH" -> "substring(toString(n.signedOn), 0, 7)";
			default -> "COLLECT { MATCH (n)<-[:PARTY_TO]-(_p) RETURN CASE WHEN _p:Agency THEN _p.kind"
					+ " WHEN _p:County THEN 'COUNTY' ELSE 'PLACE' END LIMIT 1 }[0]";
		};
		Conditions conditions = AgreementFilter.orNone(filter).conditions(asOf);
		return this.graph.rows(env, conditions.where("MATCH (n:Agreement)") + " WITH coalesce(" + key
				+ ", 'UNKNOWN') AS key RETURN key, count(*) AS count ORDER BY key", conditions.parameters());
	}

}
