package org.enforcementgraph.system.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.backup.PropertyValues;

/**
 * Counts the Cypher statements one GraphQL request sends and reports them in the response's
 * {@code extensions.cypherStatements}, so that "no N+1" can be seen by anyone and tested. With
 * {@code enforcement-graph.bench.echo-cypher=true} (only for the benchmark, which replays them through the driver
 * to measure what the GraphQL layer adds) it also returns the statements and their parameters in
 * {@code extensions.cypher}; never on a public server, where no response shows Cypher.
 */
@Component
public final class StatementCount extends SimplePerformantInstrumentation {

	private static final String KEY = StatementCount.class.getName();

	private static final String ECHO = KEY + ".echo";

	private final boolean echo;

	public StatementCount(@Value("${enforcement-graph.bench.echo-cypher:false}") boolean echo) {
		this.echo = echo;
	}

	/** Records one statement sent on behalf of the request {@code env} belongs to. */
	public static void increment(DataFetchingEnvironment env) {
		record(env, null, Map.of());
	}

	/** Records one statement, and keeps its text and parameters when the benchmark asked for them. */
	public static void record(DataFetchingEnvironment env, String statement, Map<String, ?> parameters) {
		AtomicInteger count = env.getGraphQlContext().get(KEY);
		if (count != null) {
			count.incrementAndGet();
		}
		List<Map<String, Object>> echoed = env.getGraphQlContext().get(ECHO);
		if (echoed != null && statement != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> values = PropertyValues.toJson((Map<String, Object>) parameters);
			echoed.add(Map.of("statement", statement, "parameters", values));
		}
	}

	@Override
	public graphql.ExecutionInput instrumentExecutionInput(graphql.ExecutionInput input,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = input.getGraphQLContext();
		context.put(KEY, new AtomicInteger());
		if (this.echo) {
			context.put(ECHO, Collections.synchronizedList(new ArrayList<Map<String, Object>>()));
		}
		return input;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		AtomicInteger count = parameters.getGraphQLContext().get(KEY);
		if (count == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cypherStatements", count.get());
		List<Map<String, Object>> echoed = parameters.getGraphQLContext().get(ECHO);
		if (echoed != null) {
			extensions.put("cypher", List.copyOf(echoed));
		}
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

}
