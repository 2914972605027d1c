package org.enforcementgraph.search;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.enforcementgraph.system.graphql.InvalidArgumentException;
import org.enforcementgraph.system.projection.GraphQuery;
import org.enforcementgraph.system.projection.GraphType;
import org.enforcementgraph.system.projection.GraphTypes;

/**
 * {@code connections}: every shortest path between two entities over the relationships that state a link between
 * them. Sourcing ({@code CITES}, {@code SEEN_IN}, {@code CORRECTS}) and hub relationships that only say "in the
 * same state" or "with ICE" ({@code IN_STATE}, {@code WITH}, {@code COVERS}) are not followed: every fact would
 * otherwise be two steps from every other.
 */
@Controller
final class ConnectionsController {

	static final String FOLLOWED = "SERVES|IN_COUNTY|HELD_OFFICE|PARTY_TO|SUPERSEDES|FOR_FACILITY|LOCATED_IN"
			+ "|OPERATED_BY|OWNED_BY|HAS_YEAR|ENACTED|ADOPTED|RECEIVED|FROM|NAMES|SAME_AS";

	static final int MAX_HOPS = 6;

	static final int MAX_PATHS = 25;

	private final GraphQuery graph;

	private final GraphTypes types;

	ConnectionsController(GraphQuery graph, GraphTypes types) {
		this.graph = graph;
		this.types = types;
	}

	@QueryMapping
	List<Map<String, Object>> connections(@Argument String from, @Argument String to, @Argument int maxHops,
			DataFetchingEnvironment env) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new InvalidArgumentException("maxHops must be between 1 and " + MAX_HOPS + "; got " + maxHops);
		}
		GraphType fromType = this.types.forId(from).orElse(null);
		GraphType toType = this.types.forId(to).orElse(null);
		if (fromType == null || toType == null || from.equals(to)) {
			return List.of();
		}
		// maxHops is a checked integer: the one value that cannot be a parameter in a variable-length pattern.
		String match = "MATCH (_from:`" + fromType.label() + "` {id: $from}), (_to:`" + toType.label() + "` {id: $to})"
				+ " MATCH n = allShortestPaths((_from)-[:" + FOLLOWED + "*.." + maxHops + "]-(_to))"
				+ " WITH n ORDER BY reduce(_key = '', _r IN relationships(n) | _key + type(_r) + '>' + endNode(_r).id + ' ')"
				+ " LIMIT " + MAX_PATHS;
		return this.graph.list(env, "Path", match, Map.of("from", from, "to", to), null);
	}

}
