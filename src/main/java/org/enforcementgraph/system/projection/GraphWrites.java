package org.enforcementgraph.system.projection;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.system.graphql.InvalidArgumentException;

/**
 * What mutations call to write a fact: in one transaction, check that everything it refers to exists, then run the
 * write, whose clauses bind the written node to {@code n}, and answer with the client's selection of it.
 */
@Component
public final class GraphWrites {

	private final GraphQuery graph;

	private final TransactionTemplate transactions;

	public GraphWrites(GraphQuery graph, TransactionTemplate transactions) {
		this.graph = graph;
		this.transactions = transactions;
	}

	public Map<String, Object> write(DataFetchingEnvironment env, String type, References references, String write,
			Map<String, ?> parameters) {
		try {
			return this.transactions.execute(status -> {
				references.verify(this.graph, env);
				return this.graph.one(env, type, write, parameters);
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidArgumentException(
					"A " + type + " with this id exists already; change it with correctFact instead of adding it again");
		}
	}

}
