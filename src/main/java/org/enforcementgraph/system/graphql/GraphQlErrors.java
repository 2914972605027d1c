package org.enforcementgraph.system.graphql;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.GraphException;

/**
 * Every error a GraphQL client sees carries a classification and a message written for a journalist; nothing
 * internal (no Cypher, no stack trace, no class name) leaves the server. Unexpected errors are logged with an id
 * the client can quote.
 */
@Component
final class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final GraphQlLimits limits;

	GraphQlErrors(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof AccessDeniedException) {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
				return error(env, ErrorType.UNAUTHORIZED,
						"Writing needs a writer's API key: send it as 'Authorization: Bearer <key>' (see README, Writing)");
			}
			return error(env, ErrorType.FORBIDDEN, "The API key of '" + caller.getName() + "' may read but not write");
		}
		if (ex instanceof GraphException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (timedOut(ex)) {
			return error(env, ErrorType.BAD_REQUEST, "The query took longer than the server allows ("
					+ this.limits.queryTimeout().toSeconds() + " s); ask for fewer items, fewer nested lists or fewer hops");
		}
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("GraphQL request failed (error id {}) at {}", id, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR,
				"The server could not answer this part of the query (error id " + id + "); please report it");
	}

	/** Whether {@code ex} is Neo4j ending a transaction at its timeout, through the driver or in process. */
	static boolean timedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && endedByTimeout(neo4j.code())) {
				return true;
			}
			// Reads in the embedded database's JVM (Cypher.readInProcess) fail with its own exceptions.
			if (t instanceof Status.HasStatus status && endedByTimeout(status.status().code().serialize())) {
				return true;
			}
			if (t instanceof QueryExecutionException query && endedByTimeout(query.getStatusCode())) {
				return true;
			}
		}
		return false;
	}

	private static boolean endedByTimeout(String code) {
		return code != null && (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated"));
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

}
