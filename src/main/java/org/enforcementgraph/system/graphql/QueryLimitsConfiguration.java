package org.enforcementgraph.system.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.Page;

/** The instrumentations and parser options that enforce {@link GraphQlLimits} before any Cypher runs. */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	/** Assumed length of a nested list field without a {@code first} argument, for the complexity estimate. */
	static final int LIST_FACTOR = 10;

	QueryLimitsConfiguration(GraphQlLimits limits) {
		// The parser's limits are JVM-wide; this application runs one GraphQL service.
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxCharacters(limits.maxCharacters())));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
			throw new AbortExecutionException("This query nests fields " + info.getDepth() + " levels deep; at most "
					+ limits.maxDepth() + " are allowed");
		});
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), complexity(), info -> {
			throw new AbortExecutionException("This query could return about " + info.getComplexity()
					+ " values; at most " + limits.maxComplexity() + " are allowed. Ask for smaller pages (first) or fewer"
					+ " nested lists, and page through with after");
		});
	}

	@Bean
	SimplePerformantInstrumentation maxAliases(GraphQlLimits limits) {
		return new SimplePerformantInstrumentation() {
			@Override
			public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				int aliases = aliases(documentAndVariables.getDocument());
				if (aliases > limits.maxAliases()) {
					throw new AbortExecutionException("This query uses " + aliases + " aliases; at most "
							+ limits.maxAliases() + " are allowed. Ask for fewer things at once, or page through a list");
				}
				return documentAndVariables;
			}
		};
	}

	static FieldComplexityCalculator complexity() {
		return (env, childComplexity) -> {
			GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
			String parent = env.getParentType() instanceof GraphQLNamedType named ? named.getName() : "";
			long factor = 1;
			Object first = env.getArguments().get("first");
			if (GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection") && !GraphQLTypeUtil.isList(type)) {
				factor = (first instanceof Integer n) ? n : Page.DEFAULT_FIRST;
			}
			else if (GraphQLTypeUtil.isList(type) && !parent.endsWith("Connection")) {
				factor = (first instanceof Integer n) ? n : LIST_FACTOR;
			}
			return (int) Math.min(Integer.MAX_VALUE, 1 + Math.max(0, factor) * (long) childComplexity);
		};
	}

	static int aliases(Document document) {
		AtomicInteger count = new AtomicInteger();
		for (var definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				countAliases(operation.getSelectionSet().getSelections(), count);
			}
			else if (definition instanceof FragmentDefinition fragment) {
				countAliases(fragment.getSelectionSet().getSelections(), count);
			}
		}
		return count.get();
	}

	private static void countAliases(List<? extends Node> selections, AtomicInteger count) {
		for (Node<?> selection : selections) {
			if (selection instanceof Field field) {
				if (field.getAlias() != null) {
					count.incrementAndGet();
				}
				if (field.getSelectionSet() != null) {
					countAliases(field.getSelectionSet().getSelections(), count);
				}
			}
			else if (selection instanceof InlineFragment fragment) {
				countAliases(fragment.getSelectionSet().getSelections(), count);
			}
		}
	}

}
