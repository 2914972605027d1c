package org.enforcementgraph.system.graphql;

import java.util.List;
import java.util.Map;

import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars, and how fields are read from the maps that one-statement projections return: by result key (so aliases
 * with different arguments each get their own value), interfaces resolved by {@code __typename}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

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

	/** Reads a field from a map by its result key, falling back to its name, or from a bean property. */
	private static final class ResultKeyWiring implements WiringFactory {

		@Override
		public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
			String name = environment.getFieldDefinition().getName();
			PropertyDataFetcher<Object> property = PropertyDataFetcher.fetching(name);
			return env -> {
				if (env.getSource() instanceof Map<?, ?> map) {
					String key = env.getField().getResultKey();
					return map.containsKey(key) ? map.get(key) : map.get(name);
				}
				return property.get(env);
			};
		}

	}

}
