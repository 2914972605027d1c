package org.enforcementgraph.system.graphql;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTests {

	/** Counts the parses graphql-java does, seen by an instrumentation as the real service's limits see them. */
	private final AtomicInteger parses = new AtomicInteger();

	private GraphQL graphQl(ParsedDocuments documents) {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { hello(name: String): String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("hello", env -> "hello " + env.getArgument("name")))
					.build());
		SimplePerformantInstrumentation countParses = new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
					InstrumentationState state) {
				ParsedDocumentsTests.this.parses.incrementAndGet();
				return null;
			}
		};
		return GraphQL.newGraphQL(schema).instrumentation(countParses).preparsedDocumentProvider(documents).build();
	}

	private static ExecutionResult ask(GraphQL graphQl, String query, String name) {
		return graphQl.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("name", name)).build());
	}

	@Test
	void theSameTextIsParsedOnceAndAnsweredWithEachRequestsVariables() {
		GraphQL graphQl = graphQl(new ParsedDocuments(10));
		String query = "query($name: String) { hello(name: $name) }";

		ExecutionResult first = ask(graphQl, query, "Harris");
		ExecutionResult second = ask(graphQl, query, "Cobb");

		assertThat(first.<Object>getData()).hasToString("{hello=hello Harris}");
		assertThat(second.<Object>getData()).hasToString("{hello=hello Cobb}");
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void anInvalidTextGetsItsErrorsEachTime() {
		GraphQL graphQl = graphQl(new ParsedDocuments(10));

		for (int time = 1; time <= 2; time++) {
			ExecutionResult result = ask(graphQl, "{ goodbye }", "x");
			assertThat(result.getErrors()).as("time " + time).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("goodbye"));
		}
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void keepsOnlyTheMostRecentTextsAndNoVeryLongOnes() {
		ParsedDocuments documents = new ParsedDocuments(2);
		GraphQL graphQl = graphQl(documents);

		ask(graphQl, "{ a: hello }", "x");
		ask(graphQl, "{ b: hello }", "x");
		ask(graphQl, "{ c: hello }", "x");
		ask(graphQl, "{ a: hello }", "x");
		String long_ = "{ hello } #" + "x".repeat(ParsedDocuments.LONGEST_KEPT);
		ask(graphQl, long_, "x");
		ask(graphQl, long_, "x");

		assertThat(documents.size()).isEqualTo(2);
		assertThat(this.parses).as("a, b, c, a again after it was dropped, the long text twice").hasValue(6);
	}

}
