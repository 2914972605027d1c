package org.enforcementgraph.system.graphql;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * The service's instrumentations chained as graphql-java chains them, but asked only about the request, not about
 * each field. Why: none of them looks at single fields (the limits check the whole operation, the statement count the
 * request, Spring's observation the request and the non-trivial fetchers), yet the chain asked each of them six
 * times per field and value: a 500-row page completes ~7,500 fields, and the chain was a sixth of the time spent
 * outside the Cypher statement. Should an instrumentation that does use a field hook be added, the service refuses to
 * start rather than silently skip it.
 */
final class RequestLevelInstrumentations extends ChainedInstrumentation {

	/** The hooks graphql-java calls per field or per object value, which this chain does not forward. */
	static final Set<String> FIELD_HOOKS = Set.of("beginExecuteObject", "beginFieldExecution", "beginFieldFetch",
			"beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion");

	RequestLevelInstrumentations(List<Instrumentation> instrumentations) {
		super(instrumentations);
		for (Instrumentation instrumentation : instrumentations) {
			String hook = fieldHookOverridden(instrumentation.getClass());
			if (hook != null) {
				throw new IllegalStateException(instrumentation.getClass().getName() + " overrides " + hook
						+ ", a per-field hook that " + RequestLevelInstrumentations.class.getSimpleName()
						+ " does not forward; forward it there or instrument the request instead");
			}
		}
	}

	/** The first field hook {@code type} declares itself or inherits from below the base classes, or null. */
	static String fieldHookOverridden(Class<?> type) {
		for (Class<?> c = type; c != null && c != SimplePerformantInstrumentation.class && c != Object.class;
				c = c.getSuperclass()) {
			String hook = Arrays.stream(c.getDeclaredMethods())
				.map(Method::getName)
				.filter(FIELD_HOOKS::contains)
				.findFirst()
				.orElse(null);
			if (hook != null) {
				return hook;
			}
		}
		return null;
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return null;
	}

	/** Trivial fetchers only read the statement's result; no instrumentation here wraps them (Spring's skips them). */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return (dataFetcher instanceof TrivialDataFetcher) ? dataFetcher : super.instrumentDataFetcher(dataFetcher,
				parameters, state);
	}

}
