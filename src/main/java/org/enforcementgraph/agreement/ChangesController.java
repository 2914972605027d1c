package org.enforcementgraph.agreement;

import java.time.LocalDate;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphQuery;

/** {@code changes(from, to)}: each day resolves to ICE's latest participating list on or before it. */
@Controller
final class ChangesController {

	private static final String LATEST_LIST_ON_OR_BEFORE = "COLLECT { MATCH (_s:Source {list: 'ICE_287G_PARTICIPATING'})"
			+ " WHERE _s.snapshotDate <= %s RETURN _s ORDER BY _s.snapshotAt DESC, _s.id DESC LIMIT 1 }[0]";

	private final GraphQuery graph;

	ChangesController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	Map<String, Object> changes(@Argument LocalDate from, @Argument LocalDate to, DataFetchingEnvironment env) {
		if (from.isAfter(to)) {
			throw new InvalidArgumentException("from (" + from + ") is after to (" + to + "); give the earlier day first");
		}
		return this.graph.one(env, "ChangeSet", "WITH " + LATEST_LIST_ON_OR_BEFORE.formatted("$from") + " AS fromList, "
				+ LATEST_LIST_ON_OR_BEFORE.formatted("$to") + " AS toList"
				+ " WITH {from: $from, to: $to, fromList: fromList, toList: toList, fromAt: fromList.snapshotAt,"
				+ " toAt: toList.snapshotAt} AS n", Map.of("from", from, "to", to));
	}

}
