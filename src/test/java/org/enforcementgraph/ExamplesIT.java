package org.enforcementgraph;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

/** Every example of graphql/examples answers as worked out from the fixture (see {@link Examples}). */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@TestFactory
	Stream<DynamicTest> everyExampleAnswersAsExpected() {
		return Examples.against(this.graphQl).stream();
	}

}
