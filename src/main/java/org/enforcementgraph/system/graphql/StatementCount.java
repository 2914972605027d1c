package org.enforcementgraph.system.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements one GraphQL request sends and reports them in the response's
 * {@code extensions.cypherStatements}, so that "no N+1" can be seen by anyone and tested.
 */
@Component
public final class StatementCount extends SimplePerformantInstrumentation {

	private static final String KEY = StatementCount.class.getName();

	/** Records one statement sent on behalf of the request {@code env} belongs to. */
	public static void increment(DataFetchingEnvironment env) {
		AtomicInteger count = env.getGraphQlContext().get(KEY);
		if (count != null) {
			count.incrementAndGet();
		}
	}

	@Override
	public graphql.ExecutionInput instrumentExecutionInput(graphql.ExecutionInput input,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = input.getGraphQLContext();
		context.put(KEY, new AtomicInteger());
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
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

}
