package org.enforcementgraph.curated;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated data/ folder, loaded from the classpath as on a first start. Expected counts are those of the files
 * (counted by hand): 14 counties, 18 law rows making 12 laws in 10 states, the top ten, 3 policy rows naming 4
 * jurisdictions, 4 totals (3 figures and Travis County), 13 ILRC figures.
 */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratedDataIT {

	@Autowired
	CuratedData curated;

	@Autowired
	TestGraph graph;

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Fingerprint fingerprint;

	String printed;

	@BeforeAll
	void load() {
		this.graph.reset();
		assertThat(this.curated.graphIsEmpty()).isTrue();
		this.printed = this.curated.load();
	}

	@Test
	void everyCuratedRowIsLoadedWithItsSource() {
		assertThat(this.printed).contains("14 rows read, 14 counties new", "18 rows read, 12 laws new, 0 laws updated, 0 rows rejected",
				"10 rows read, 10 jurisdictions named", "3 rows read, 4 jurisdictions named", "4 rows read, 1 jurisdictions named, 3 figures",
				"13 rows read, 0 jurisdictions named, 13 figures, 0 rows rejected");
		assertThat(this.printed).doesNotContain("rejected or unmatched, 1").doesNotContain("REFUSED");
		assertThat(this.graph.value("MATCH (l:Law) RETURN count(l)", Map.of())).isEqualTo(12L);
		assertThat(this.curated.graphIsEmpty()).isFalse();
	}

	@Test
	void aNewcomersFirstQueriesReturnSourcedFacts() {
		JsonNode data = this.graphQl.data("""
				{ report(id: "report:ice-ddor-2017-01-28") { figures named(first: 1) { rank nameAsPrinted figures jurisdiction { ... on County { fips name } } sources { url } } }
				  ilrc: report(id: "report:ilrc-searching-for-sanctuary-2016") { figures sources { url quote } }
				  laws(filter: {state: "FL", kind: MANDATES_287G}) { id sources { url } } }""");
		JsonNode clark = data.get("report").get("named").get(0);
		assertThat(clark.get("jurisdiction").get("name").asText()).isEqualTo("Clark County");
		assertThat(clark.get("figures").get("detainersIssued").asInt()).isEqualTo(51);
		assertThat(data.get("report").get("figures").get("detainersIssued").asInt()).isEqualTo(3083);
		assertThat(data.get("ilrc").get("figures").get("countiesHoldingDetainers").asInt()).isEqualTo(1922);
		assertThat(data.get("ilrc").get("sources").toString()).contains("workingimmigrants.com");
		assertThat(data.get("laws")).hasSize(2);
	}

	@Test
	void loadingAgainChangesNothing() {
		String before = this.fingerprint.of();
		assertThat(this.curated.load()).contains("already imported");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

}
