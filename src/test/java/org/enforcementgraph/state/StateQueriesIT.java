package org.enforcementgraph.state;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

@GraphIT
class StateQueriesIT {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void states() {
		this.graph.reset("states.cypher");
	}

	@Test
	void listsStatesByPostalCodeWithTheirSources() {
		this.graphQl.document("{ states { postal name fips sources { title publisher } } }")
			.execute()
			.path("states[*].postal").entityList(String.class).containsExactly("CA", "FL", "TX")
			.path("states[2].name").entity(String.class).isEqualTo("Texas")
			.path("states[2].sources[0].publisher").entity(String.class).isEqualTo("U.S. Census Bureau");
	}

	@Test
	void findsOneStateByPostalCodeInAnyCase() {
		this.graphQl.document("{ state(postal: \"fl\") { id name } }")
			.execute()
			.path("state.id").entity(String.class).isEqualTo("state:FL");
	}

	@Test
	void unknownStateIsNullWithoutError() {
		this.graphQl.document("{ state(postal: \"ZZ\") { id } }").execute().errors().verify().path("state").valueIsNull();
	}

	@Test
	void malformedPostalCodeIsABadRequestSayingWhatIsExpected() {
		this.graphQl.document("{ state(postal: \"Texas\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("two-letter USPS state code").contains("Texas");
			});
	}

	@Test
	void aliasesWithTheSameFieldGetTheirOwnValues() {
		this.graphQl.document("{ a: state(postal: \"TX\") { label: name code: postal } b: state(postal: \"CA\") { label: name } }")
			.execute()
			.path("a.label").entity(String.class).isEqualTo("Texas")
			.path("a.code").entity(String.class).isEqualTo("TX")
			.path("b.label").entity(String.class).isEqualTo("California");
	}

	@Test
	void nodeFindsAnyEntityByIdAndNullForUnknownIds() {
		this.graphQl.document("""
				{ found: node(id: "state:TX") { id ... on State { name } }
				  missing: node(id: "state:ZZ") { id }
				  unknownKind: node(id: "nothing:1") { id } }""")
			.execute()
			.path("found.name").entity(String.class).isEqualTo("Texas")
			.path("missing").valueIsNull()
			.path("unknownKind").valueIsNull();
	}

	@Test
	void sourcesAreOnTheStateEvenWhenOnlyIdsAreAskedFor() {
		List<String> ids = this.graphQl.document("{ states { sources { id } } }")
			.execute()
			.path("states[*].sources[*].id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsOnly("source:test-states").hasSize(3);
	}

}
