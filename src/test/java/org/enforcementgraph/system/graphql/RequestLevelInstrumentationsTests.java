package org.enforcementgraph.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.TrivialDataFetcher;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RequestLevelInstrumentationsTests {

	private final List<String> seen = new ArrayList<>();

	/** Records which fetchers it was asked to wrap, and which results it saw. */
	private final SimplePerformantInstrumentation recording = new SimplePerformantInstrumentation() {
		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			RequestLevelInstrumentationsTests.this.seen.add("wrap " + parameters.getField().getName());
			return dataFetcher;
		}

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			RequestLevelInstrumentationsTests.this.seen.add("result");
			return super.instrumentExecutionResult(result, parameters, state);
		}
	};

	@Test
	void forwardsTheRequestAndTheNonTrivialFetchersOnly() {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { county: County } type County { name: String fips: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("county", env -> Map.of("name", "Harris", "fips", "48201")))
					.type("County", type -> type.dataFetcher("name", (TrivialDataFetcher<Object>) env -> "Harris")
						.dataFetcher("fips", (TrivialDataFetcher<Object>) env -> "48201"))
					.build());
		GraphQL graphQl = GraphQL.newGraphQL(schema)
			.instrumentation(new RequestLevelInstrumentations(List.of(this.recording)))
			.build();

		ExecutionResult result = graphQl.execute("{ county { name fips } }");

		assertThat(result.<Object>getData()).hasToString("{county={name=Harris, fips=48201}}");
		assertThat(this.seen).containsExactly("wrap county", "result");
	}

	@Test
	void acceptsTheInstrumentationsTheServiceUses() {
		new RequestLevelInstrumentations(List.of(new MaxQueryDepthInstrumentation(15),
				new MaxQueryComplexityInstrumentation(1000), new StatementCount(false),
				new GraphQlObservationInstrumentation(ObservationRegistry.create())));
	}

	@Test
	void refusesAnInstrumentationThatWatchesFields() {
		SimplePerformantInstrumentation perField = new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<Object> beginFieldCompletion(
					InstrumentationFieldCompleteParameters parameters,
					InstrumentationState state) {
				return null;
			}
		};

		assertThatIllegalStateException().isThrownBy(() -> new RequestLevelInstrumentations(List.of(perField)))
			.withMessageContaining("overrides beginFieldCompletion");
	}

}
