package org.enforcementgraph.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared downloader against a local HTTP server on 127.0.0.1: what it accepts, what it refuses, and in which words. */
class DownloadTests {

	static final String SETTING = "enforcement-graph.download.test-url";

	HttpServer server;

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/list.txt", exchange -> send(exchange, 200, "a|b\n1|2\n".getBytes(StandardCharsets.UTF_8)));
		this.server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/list.txt");
			send(exchange, 302, new byte[0]);
		});
		this.server.createContext("/big", exchange -> send(exchange, 200, new byte[3_000_000]));
		this.server.createContext("/big-unannounced", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				for (int i = 0; i < 30; i++) {
					body.write(new byte[100_000]);
				}
			}
		});
		this.server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(3_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, new byte[1]);
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static Download download() {
		return new Download("import test", SETTING);
	}

	@Test
	void savesTheBodyInATemporaryFolderThatClosingDeletes() {
		Path folder;
		try (Download download = download()) {
			Download.Response response = download.get(url("/moved"), 1_000);
			assertThat(response.uri()).as("the redirect was followed").isEqualTo(URI.create(url("/list.txt")));
			Path file = download.save("list.txt", response.body());
			assertThat(file).hasContent("a|b\n1|2");
			folder = download.folder().orElseThrow();
		}
		assertThat(folder).doesNotExist();
	}

	@Test
	void anHttpErrorNamesTheStatusAndTheSetting() {
		try (Download download = download()) {
			assertThatThrownBy(() -> download.get(url("/no/such/file.txt"), 1_000)).isInstanceOf(GraphException.class)
				.hasMessageContaining("downloading " + url("/no/such/file.txt") + " failed")
				.hasMessageContaining("HTTP 404 (not found)")
				.hasMessageContaining(SETTING);
			assertThat(download.folder()).isEmpty();
		}
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedWhetherAnnouncedOrNot() {
		try (Download download = download()) {
			assertThatThrownBy(() -> download.get(url("/big"), 2_000_000)).hasMessageContaining("larger than 2 MB");
			assertThatThrownBy(() -> download.get(url("/big-unannounced"), 2_000_000)).hasMessageContaining("larger than 2 MB");
		}
	}

	@Test
	void noServerOrNoAnswerInTimeSaysWhatToDoOffline() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		try (Download download = download()) {
			assertThatThrownBy(() -> download.get("http://127.0.0.1:" + closedPort + "/list.txt", 1_000))
				.hasMessageContaining("cannot connect to 127.0.0.1:" + closedPort)
				.hasMessageContaining("without internet, download the file elsewhere and import it: import test FILE")
				.hasMessageNotContaining("Exception");
		}
		try (Download download = new Download("import test", SETTING, Duration.ofSeconds(1))) {
			assertThatThrownBy(() -> download.get(url("/slow"), 1_000)).hasMessageContaining("no complete answer within 1 s");
		}
	}

	@Test
	void theAddressIsGivenOrConfiguredAndHttp() {
		assertThat(Download.address(Optional.of("http://127.0.0.1/a.txt"), "http://127.0.0.1/b.txt", SETTING, "a list"))
			.isEqualTo("http://127.0.0.1/a.txt");
		assertThat(Download.address(Optional.empty(), " http://127.0.0.1/b.txt ", SETTING, "a list"))
			.isEqualTo("http://127.0.0.1/b.txt");
		assertThatThrownBy(() -> Download.address(Optional.empty(), "", SETTING, "the county list")).isInstanceOf(UsageException.class)
			.hasMessage("no download address is set: give --url ADDRESS or set " + SETTING + " (--" + SETTING
					+ "=ADDRESS, or the environment variable ENFORCEMENT_GRAPH_DOWNLOAD_TEST_URL) to the address of the county list");
		assertThatThrownBy(() -> Download.address(Optional.of("file:///etc/passwd"), "", SETTING, "x")).isInstanceOf(UsageException.class)
			.hasMessageContaining("must be an http(s) address; got 'file:///etc/passwd' (from --url)");
		assertThatThrownBy(() -> Download.address(Optional.empty(), "not a url", SETTING, "x")).hasMessageContaining("(from " + SETTING + ")");
	}

	@Test
	void fileNamesComeFromTheAddressAndAreSafe() {
		assertThat(Download.fileName(URI.create("http://127.0.0.1/doclib/participatingAgencies05162025am.xlsx?x=1"), "f"))
			.isEqualTo("participatingAgencies05162025am.xlsx");
		assertThat(Download.fileName(URI.create("http://127.0.0.1/a/list%20of%20agencies.xlsx"), "f")).isEqualTo("list_of_agencies.xlsx");
		assertThat(Download.fileName(URI.create("http://127.0.0.1/a/..%2F..%2Fetc"), "f")).isEqualTo("_.._etc");
		assertThat(Download.fileName(URI.create("http://127.0.0.1/"), "f")).isEqualTo("f");
	}

}
