package org.enforcementgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of graphql/examples as tests: each runs as a journalist would paste it into GraphiQL (with its
 * default variables) against fixtures/graph.cypher, and its answer must equal the one worked out from the fixture
 * in src/test/resources/examples/NAME.json. The answer given is kept in target/examples-actual/ for reading.
 */
public final class Examples {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Examples() {
	}

	public static List<DynamicTest> against(GraphQlHttp graphQl) {
		Resource[] examples;
		try {
			examples = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql-test/*.graphql");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(examples).as("examples in graphql/examples").hasSizeGreaterThanOrEqualTo(10);
		List<DynamicTest> tests = new ArrayList<>();
		for (Resource example : examples) {
			String name = example.getFilename().replace(".graphql", "");
			tests.add(DynamicTest.dynamicTest(name, () -> {
				JsonNode response = graphQl.post(read(example));
				assertThat(response.has("errors")).as(name + ": " + response.get("errors")).isFalse();
				Path actual = Path.of("target", "examples-actual", name + ".json");
				Files.createDirectories(actual.getParent());
				Files.writeString(actual, json.writerWithDefaultPrettyPrinter().writeValueAsString(response.get("data")));
				ClassPathResource expected = new ClassPathResource("examples/" + name + ".json");
				assertThat(expected.exists()).as("no expected answer examples/" + name + ".json; the answer is in " + actual)
					.isTrue();
				assertThat(response.get("data")).isEqualTo(json.readTree(read(expected)));
			}));
		}
		return tests;
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
