package org.enforcementgraph.system.graphql;

import java.util.List;
import java.util.Map;

import graphql.scalars.ExtendedScalars;
import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.TypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars, and how fields are read from the maps that one-statement projections return: by result key (so aliases
 * with different arguments each get their own value), interfaces resolved by {@code __typename}; the parsed
 * documents of recent query texts kept, and the instrumentations asked about requests only.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

	/** How many distinct query texts keep their parsed documents: the API's examples and a dashboard's few. */
	static final int RECENT_DOCUMENTS = 500;

	@Bean
	RuntimeWiringConfigurer scalarsAndMapFields() {
		return new RuntimeWiringConfigurer() {
			@Override
			public void configure(RuntimeWiring.Builder builder) {
				builder.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
			}

			@Override
			public void configure(RuntimeWiring.Builder builder, List<WiringFactory> factories) {
				factories.add(new ResultKeyWiring());
			}
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer typeResolverByTypename() {
		TypeResolver byClassName = new ClassNameTypeResolver();
		TypeResolver resolver = env -> {
			if (env.getObject() instanceof Map<?, ?> map && map.get("__typename") instanceof String name) {
				return (GraphQLObjectType) env.getSchema().getType(name);
			}
			return byClassName.getType(env);
		};
		return builder -> builder.defaultTypeResolver(resolver);
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentsKept() {
		ParsedDocuments documents = new ParsedDocuments(RECENT_DOCUMENTS);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * Replaces the chain Spring built of the instrumentation beans (the same beans, in the same order, as Boot's
	 * GraphQL auto-configuration passes them) by one that is asked only about requests.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer instrumentationsPerRequest(ObjectProvider<Instrumentation> instrumentations) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl
			.instrumentation(new RequestLevelInstrumentations(instrumentations.orderedStream().toList())));
	}

	/**
	 * Reads a field from a map by its result key, falling back to its name, or from a bean property. JSON fields are
	 * stored in the graph as JSON text (Neo4j properties cannot hold maps) and parsed here.
	 */
	private static final class ResultKeyWiring implements WiringFactory {

		private static final JsonMapper json = JsonMapper.builder().build();

		@Override
		public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
			String name = environment.getFieldDefinition().getName();
			boolean isJson = TypeUtil.unwrapAll(environment.getFieldDefinition().getType()).getName().equals("JSON");
			PropertyDataFetcher<Object> property = PropertyDataFetcher.fetching(name);
			// Trivial: it only reads what the one Cypher statement already returned, so Spring neither observes it
			// (a timer per field and row) nor wraps it to propagate context, which cost more than the query itself.
			return (TrivialDataFetcher<Object>) env -> {
				Object value;
				if (env.getSource() instanceof Map<?, ?> map) {
					String key = env.getField().getResultKey();
					value = map.containsKey(key) ? map.get(key) : map.get(name);
				}
				else {
					value = property.get(env);
				}
				return (isJson && value instanceof String text) ? json.readValue(text, Object.class) : value;
			};
		}

	}

}
