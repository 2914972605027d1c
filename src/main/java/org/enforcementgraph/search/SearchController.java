package org.enforcementgraph.search;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.Page;

/**
 * {@code search}: the full-text index {@code names} (migration V0030), best match first; an agency of the FBI roster
 * matched to one another source names is found as that one.
 */
@Controller
final class SearchController {

	private final GraphQuery graph;

	SearchController(GraphQuery graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<Map<String, Object>> search(@Argument String text, @Argument Integer first, DataFetchingEnvironment env) {
		if (text.isBlank()) {
			throw new InvalidArgumentException("text must not be empty: give a name or part of one, e.g. \"harris\"");
		}
		int limit = Page.of(first, null, null, false).size();
		try {
			return this.graph.list(env, "SearchHit", """
					CALL db.index.fulltext.queryNodes('names', $text, {limit: $limit}) YIELD node, score
					WHERE NOT EXISTS { (node)<-[:SAME_AS]-(:Agency) }
					WITH {node: node, score: score} AS n""", Map.of("text", text, "limit", limit), "n.score DESC, n.node.id");
		}
		catch (DataAccessException ex) {
			throw new InvalidArgumentException("text '" + text + "' is not a search this index can read; put phrases"
					+ " in double quotes and balance brackets, or search plain words");
		}
	}

}
