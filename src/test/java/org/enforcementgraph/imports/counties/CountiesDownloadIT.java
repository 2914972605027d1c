package org.enforcementgraph.imports.counties;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import counties --download} against a local HTTP server on 127.0.0.1 (never the internet) that serves the
 * 2010 county list read from ../shared/data at test time, and a hand-written list in the Census Bureau's 2020 layout.
 */
@GraphIT
class CountiesDownloadIT {

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	HttpServer server;

	byte[] list2010;

	@BeforeEach
	void serve() throws Exception {
		this.graph.reset();
		this.list2010 = Files.readAllBytes(RealData.path(CountiesImportIT.FIPS_2010));
		byte[] list2020 = """
				STATE|STATEFP|COUNTYFP|COUNTYNS|COUNTYNAME|CLASSFP|FUNCSTAT
				AL|01|001|00161526|Autauga County|H1|A
				CT|09|110|02830244|Capitol Planning Region|H4|N
				""".getBytes(StandardCharsets.UTF_8);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/geo/codes2010/fips-counties.csv", exchange -> {
			exchange.sendResponseHeaders(200, this.list2010.length);
			exchange.getResponseBody().write(this.list2010);
			exchange.close();
		});
		this.server.createContext("/geo/codes2020/national_county2020.txt", exchange -> {
			exchange.sendResponseHeaders(200, list2020.length);
			exchange.getResponseBody().write(list2020);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	@Test
	void theDownloadedListIsImportedAsTheSameFileWouldBe() {
		String url = url("/geo/codes2010/fips-counties.csv");
		Output output = this.imports.run("counties", "--download", "--url", url);
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("Downloading " + url, "3235 rows read", "0 rows rejected");
		Map<String, Object> source = this.graph.rows(
				"MATCH (s:Source) RETURN s.id AS id, s.url AS url, s.vintage AS vintage, s.retrieved AS retrieved", Map.of())
			.get(0);
		assertThat(source).containsEntry("id", "source:sha256:" + Keys.sha256(this.list2010).substring(0, 16))
			.containsEntry("url", url)
			.containsEntry("vintage", 2010L)
			.containsEntry("retrieved", LocalDate.now());
		String downloaded = this.fingerprint.of();
		Output sameBytes = this.imports.run("counties", RealData.path(CountiesImportIT.FIPS_2010));
		assertThat(sameBytes.out()).contains("already imported (same bytes");
		assertThat(this.fingerprint.of()).isEqualTo(downloaded);
	}

	@Test
	void theCensus2020LayoutAndItsVintageFromTheUrl() {
		Output output = this.imports.run("counties", "--download", "--url", url("/geo/codes2020/national_county2020.txt"));
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(this.graph.rows("MATCH (c:County) RETURN c.fips + ' ' + c.name + ' ' + c.vintages[0] AS c ORDER BY c", Map.of()))
			.extracting(r -> r.get("c"))
			.containsExactly("01001 Autauga County 2020", "09110 Capitol Planning Region 2020");
	}

	@Test
	void aFailedDownloadChangesNothing() {
		String before = this.fingerprint.of();
		Output output = this.imports.run("counties", "--download", "--url", url("/no/such/list2023.txt"));
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("Download failed, nothing was imported", "HTTP 404", "enforcement-graph.download.census-counties-url");
		assertThat(this.fingerprint.of()).isEqualTo(before);
		assertThat(this.imports.run("counties", "--download", "FILE.csv").exitCode()).isEqualTo(2);
	}

	@Test
	void withNoAddressSetTheMessageNamesTheSettingAndWhatItShouldPointAt() {
		String before = this.fingerprint.of();
		Output output = this.imports.run("counties", "--download");
		assertThat(output.exitCode()).isEqualTo(2);
		assertThat(output.err()).contains("no download address is set", "enforcement-graph.download.census-counties-url",
				"ENFORCEMENT_GRAPH_DOWNLOAD_CENSUS_COUNTIES_URL", "--url", "Census Bureau's 2020 national county FIPS list",
				"national_county2020.txt");
		assertThat(output.err()).doesNotContainPattern("https?://");
		Output notHttp = this.imports.run("counties", "--download", "--url", "ftp://127.0.0.1/national_county2020.txt");
		assertThat(notHttp.exitCode()).isEqualTo(2);
		assertThat(notHttp.err()).contains("must be an http(s) address", "--url");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

}
