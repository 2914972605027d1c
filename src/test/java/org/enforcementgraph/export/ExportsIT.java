package org.enforcementgraph.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard downloads, checked against fixtures/graph.cypher. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIT {

	@LocalServerPort
	int port;

	@Autowired
	TestGraph graph;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void countiesAsCsvAsOfADay() throws Exception {
		HttpResponse<String> csv = get("/export/counties.csv?asOf=2026-03-01");
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"counties-2026-03-01.csv\"");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("fips,name,state,has287g,models,agreements287g,agencies287g,detentionContracts,facilities,"
				+ "entanglementScore,entanglementMin,entanglementMax");
		// The score is given only when all seven factors are known; min and max bound it (README, Entanglement score).
		assertThat(lines).hasSize(7).contains("48201,Harris County,TX,true,TASK_FORCE,2,2,1,2,,0,3",
				"12001,Alachua County,FL,true,JAIL_ENFORCEMENT;TASK_FORCE,2,1,0,0,1,1,1", "32003,Clark County,NV,false,,0,0,1,1,,2,6");
		assertThat(get("/export/counties.csv?asOf=2026-03-01&state=FL").body().lines()).hasSize(3);
	}

	@Test
	void countiesAsGeoJson() throws Exception {
		HttpResponse<String> geo = get("/export/counties.geojson?asOf=2025-12-31");
		assertThat(geo.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
		JsonNode collection = JsonMapper.builder().build().readTree(geo.body());
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features")).hasSize(6);
		JsonNode alachua = collection.get("features").get(0);
		assertThat(alachua.get("id").asString()).isEqualTo("06037");
		JsonNode alachuaFeature = collection.get("features").get(1);
		assertThat(alachuaFeature.at("/geometry/type").asString()).isEqualTo("Point");
		assertThat(alachuaFeature.at("/properties/models/0").asString()).isEqualTo("JAIL_ENFORCEMENT");
	}

	@Test
	void facilitiesAndTheWholeGraph() throws Exception {
		List<String> facilities = get("/export/facilities.csv").body().lines().toList();
		assertThat(facilities).hasSize(4);
		assertThat(facilities.get(3)).startsWith("facility:HOUICDF,HOUICDF,HOUSTON CONTRACT DETENTION FACILITY")
			.contains(",48201,CDF,HOU,CoreCivic,CoreCivic,2025,912.5,750,Meets Standard,");
		HttpResponse<String> dump = get("/export/graph.jsonl");
		assertThat(dump.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
		List<String> lines = dump.body().lines().toList();
		assertThat(lines.get(0)).contains("\"format\":\"enforcement-graph-export\"");
		long entities = (long) this.graph.value("MATCH (n) RETURN count(n)", Map.of())
				+ (long) this.graph.value("MATCH ()-[r]->() RETURN count(r)", Map.of());
		assertThat(lines).hasSize((int) entities + 1);
	}

	@Test
	void theGuideServesASlidePerSavedQueryToNeo4jBrowser() throws Exception {
		HttpResponse<String> guide = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/guide"))
			.header("Origin", "http://localhost:7474").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
		assertThat(guide.body()).startsWith("<article class=\"guide\">")
			.contains("Agreements signed under state mandates", "From a sheriff to a private detention company",
					":params {person: null, company: null}", "class=\"pre-scrollable code runnable\"");
		// An opening slide, then one per file of cypher/queries.
		long queries;
		try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
			queries = files.filter(f -> f.toString().endsWith(".cypher")).count();
		}
		assertThat(queries).isGreaterThanOrEqualTo(8);
		assertThat(guide.body().split("<slide").length - 1).isEqualTo(queries + 1);
		assertThat(guide.body()).contains("287(g) agencies by their size in the FBI roster");
	}

}
