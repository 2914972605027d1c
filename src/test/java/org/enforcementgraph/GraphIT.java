package org.enforcementgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the real application with its embedded Neo4j on free ports and a fresh data directory under
 * {@code target/}. Every class so annotated shares one Spring context (and so one database): each test class puts
 * the graph it needs in place with {@link TestGraph}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "enforcement-graph.embedded.bolt-port=0", "enforcement-graph.embedded.http-port=0",
				"enforcement-graph.data-dir=target/test-graph/${random.uuid}" })
@AutoConfigureGraphQlTester
@Import(TestGraph.class)
public @interface GraphIT {

}
