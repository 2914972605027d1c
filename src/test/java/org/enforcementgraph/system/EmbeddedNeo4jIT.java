package org.enforcementgraph.system;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.enforcementgraph.GraphIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@GraphIT
class EmbeddedNeo4jIT {

	@Autowired
	EmbeddedNeo4j neo4j;

	@LocalServerPort
	int serverPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesNeo4jBrowserOnItsHttpPort() throws Exception {
		HttpResponse<String> page = get("http://localhost:" + this.neo4j.httpPort() + "/browser/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Neo4j Browser");
	}

	@Test
	void theBrowserUrlConnectsByItselfToTheBoltPort() {
		assertThat(this.neo4j.browserUrl()).isEqualTo("http://localhost:" + this.neo4j.httpPort()
				+ "/browser/?dbms=bolt://localhost:" + this.neo4j.boltPort() + "&preselectAuthMethod=NO_AUTH");
	}

	@Test
	void boltAnswersWithoutCredentialsOnLocalhost() {
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
				.isEqualTo(1);
		}
	}

	@Test
	void keepsOnlyTheLastQueriesForItsDataCollector() {
		int asked = 3 * EmbeddedNeo4j.RECENT_QUERIES_KEPT;
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none());
				Session session = driver.session()) {
			session.run("CALL db.stats.collect('QUERIES')").consume();
			try {
				for (int i = 0; i < asked; i++) {
					session.run("RETURN " + i + " AS keptOrNot").consume();
				}
				long kept = session.run("CALL db.stats.retrieve('QUERIES') YIELD data"
						+ " WHERE data.query CONTAINS 'keptOrNot' RETURN sum(size(data.invocations)) AS kept")
					.single().get("kept").asLong();
				assertThat(kept).isPositive().isLessThanOrEqualTo(EmbeddedNeo4j.RECENT_QUERIES_KEPT);
			}
			finally {
				session.run("CALL db.stats.stop('QUERIES')").consume();
				session.run("CALL db.stats.clear('QUERIES')").consume();
			}
		}
	}

	@Test
	void connectorsListenOnLoopbackOnly() throws Exception {
		Optional<InetAddress> external = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.findFirst();
		assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
		for (int port : new int[] { this.neo4j.boltPort(), this.neo4j.httpPort() }) {
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(external.get(), port), 1000);
				}
			}).isInstanceOf(IOException.class);
		}
	}

	@Test
	void healthIncludesTheDatabase() throws Exception {
		HttpResponse<String> health = get("http://localhost:" + this.serverPort + "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"neo4j\":{").contains("\"edition\":\"community\"").contains("\"status\":\"UP\"");
	}

	@Test
	void graphiqlIsServed() throws Exception {
		HttpResponse<String> page = get("http://localhost:" + this.serverPort + "/graphiql?path=/graphql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsIgnoringCase("graphiql");
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
