package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MappingTextTests {

	@Test
	void fillsThisThatHelpersAndArgumentsWhereTheyStandAsWords() {
		List<String> bound = new ArrayList<>();
		String filled = MappingText.of("MATCH (this)-[_r:IN]->(that:State) WHERE _r.since <= coalesce($asOf, date())"
				+ " AND that.name <> this.thisName AND _r.x = $asOf")
			.fill("v1", "v2", 7, name -> {
				bound.add(name);
				return "p_" + bound.size();
			});

		assertThat(filled).isEqualTo("MATCH (v1)-[_r_7:IN]->(v2:State) WHERE _r_7.since <= coalesce($p_1, date())"
				+ " AND v2.name <> v1.thisName AND _r_7.x = $p_2");
		assertThat(bound).containsExactly("asOf", "asOf");
	}

	@Test
	void leavesPropertiesQuotedNamesAndParametersThatLookLikeHelpersAlone() {
		String filled = MappingText.of("this._hidden + `_quoted` + $_notAnArgument + a_b + _own")
			.fill("county", null, 3, name -> "p");

		assertThat(filled).isEqualTo("county._hidden + `_quoted` + $_notAnArgument + a_b + _own_3");
	}

	@Test
	void keepsTheWordThatWhenThereIsNoRelatedValue() {
		assertThat(MappingText.of("this.that + that").fill("v9", null, 1, name -> "p")).isEqualTo("v9.that + that");
	}

	@Test
	void fillsTheSameTextDifferentlyForEachUse() {
		MappingText text = MappingText.of("size(COLLECT { MATCH (this)--(_n) RETURN _n })");

		assertThat(text.fill("v1", null, 2, name -> "p")).isEqualTo("size(COLLECT { MATCH (v1)--(_n_2) RETURN _n_2 })");
		assertThat(text.fill("v5", null, 6, name -> "p")).isEqualTo("size(COLLECT { MATCH (v5)--(_n_6) RETURN _n_6 })");
	}

	@Test
	void refusesATextWithTheMarksItUsesInternally() {
		assertThatIllegalArgumentException().isThrownBy(() -> MappingText.of("this.name\u0003"))
			.withMessageContaining("control character");
	}

}
