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
				"enforcement-graph.data-dir=target/test-graph/${random.uuid}",
				// Tests put their own graph in place; CuratedDataIT loads the curated data itself.
				"enforcement-graph.curated-data.load-on-first-start=false",
				"enforcement-graph.security.api-keys[0].name=test-writer",
				"enforcement-graph.security.api-keys[0].sha256=" + GraphIT.WRITER_KEY_SHA256,
				"enforcement-graph.security.api-keys[1].name=test-reader",
				"enforcement-graph.security.api-keys[1].sha256=" + GraphIT.READER_KEY_SHA256,
				"enforcement-graph.security.api-keys[1].roles=READER" })
@AutoConfigureGraphQlTester
@Import({ TestGraph.class, GraphQlHttp.class, Imports.class, RealGraph.class })
public @interface GraphIT {

	/** The API key of the test writer; its SHA-256 is configured above. */
	String WRITER_KEY = "test-writer-key";

	String WRITER_KEY_SHA256 = "61fb44fd7a10316d790cd0fe37044ed02bf2df77f3a0fec7789b72fb452da6ac";

	/** An API key with the READER role only. */
	String READER_KEY = "test-reader-key";

	String READER_KEY_SHA256 = "c84e0916ac2bc43a1821afb14a4daac8ecc1d16aa4f6bbb47e998f557074058b";

}
