package org.enforcementgraph.imports.ice287g;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import ice-287g --download} and {@code import ice-287g-pending --download} against a local HTTP server on
 * 127.0.0.1 (never the internet): a page modelled on ICE's 287(g) page ({@code imports/ice287g/287g-page.html}) that
 * links ICE's real lists, served from ../shared/data at test time. Expected figures come from reading the same
 * workbooks with POI here, and from importing the same files directly.
 */
@GraphIT
class Ice287gDownloadIT {

	static final String PARTICIPATING = "participatingAgencies05162025am.xlsx";

	static final String PENDING = "pendingAgencies04282025pm.xlsx";

	static final String FOLDER = "/doclib/about/offices/ero/287g/";

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	HttpServer server;

	/** What the server answers, by path: status and body; anything else is a 404. */
	final Map<String, Answer> answers = new ConcurrentHashMap<>();

	record Answer(int status, String type, byte[] body) {
	}

	@BeforeEach
	void serve() throws IOException {
		this.graph.reset();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		// ICE's page links its lists by absolute addresses; here one is relative, the other absolute.
		page("/identify-and-arrest/287g",
				"<a href=\"" + FOLDER + PARTICIPATING + "\">Participating Agencies</a> (Excel, 67 KB)",
				"<a href=\"" + url(FOLDER + PENDING) + "\" class=\"usa-link\">Pending Agencies</a> (Excel, 19 KB)");
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		Answer answer = this.answers.get(path);
		if (answer == null && path.startsWith(FOLDER)) {
			answer = realList(path.substring(FOLDER.length()));
		}
		if (answer == null) {
			answer = new Answer(404, "text/html", "<html><body><h1>Page Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
		}
		exchange.getResponseHeaders().add("Content-Type", answer.type());
		exchange.sendResponseHeaders(answer.status(), answer.body().length);
		exchange.getResponseBody().write(answer.body());
		exchange.close();
	}

	/** ICE's list of that name from ../shared/data, when there is one. */
	private static Answer realList(String name) throws IOException {
		for (String folder : List.of("participatingAgencies/", "pendingAgencies/")) {
			Path file = RealData.ROOT.resolve("287g/relevantresearch/" + folder + name);
			if (Files.isRegularFile(file)) {
				return new Answer(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(file));
			}
		}
		return null;
	}

	/** Serves the model page at {@code path} with the two list items given. */
	private void page(String path, String participating, String pending) throws IOException {
		String html;
		try (InputStream in = new ClassPathResource("imports/ice287g/287g-page.html").getInputStream()) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		html = html.replace("${participating}", participating).replace("${pending}", pending);
		this.answers.put(path, new Answer(200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8)));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private Output download(String source, String page) {
		return this.imports.run(source, "--download", "--url", url(page), "--rejected", this.dir.resolve("rejected.csv"));
	}

	@Test
	void theParticipatingListLinkedFromThePageIsImportedAsTheFileItselfWouldBe() throws IOException {
		Path file = IceLists.participating(PARTICIPATING);
		Output output = download("ice-287g", "/identify-and-arrest/287g");
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("Downloading " + url("/identify-and-arrest/287g"),
				"'Participating Agencies' (" + url(FOLDER + PARTICIPATING) + ")", "[1/1] " + PARTICIPATING + ": read");
		Map<String, Object> source = this.graph.rows("""
				MATCH (s:Source) RETURN s.url AS url, s.sha256 AS sha256, s.retrieved AS retrieved, s.fileName AS fileName,
				       s.snapshotDate AS snapshotDate, s.list AS list, s.note AS note""", Map.of()).get(0);
		assertThat(source).containsEntry("url", url(FOLDER + PARTICIPATING))
			.containsEntry("sha256", Keys.sha256(Files.readAllBytes(file)))
			.containsEntry("retrieved", LocalDate.now())
			.containsEntry("fileName", PARTICIPATING)
			.containsEntry("snapshotDate", LocalDate.of(2025, 5, 16))
			.containsEntry("list", "ICE_287G_PARTICIPATING");
		assertThat((String) source.get("note")).contains("from the link 'Participating Agencies' of the page " + url("/identify-and-arrest/287g"));

		try (Workbook read = workbook(file)) {
			assertThat(count("MATCH (e:ListEntry) RETURN count(e)")).as("every row of the workbook").isEqualTo(dataRows(read)).isEqualTo(571);
			assertThat(count("MATCH (a:Agreement) RETURN count(a)")).isEqualTo(agreements(read)).isEqualTo(570);
			assertThat(count("MATCH (:Agreement)-[r:LISTED_AS]->(:ListEntry) RETURN count(r)")).as("each row in one agreement")
				.isEqualTo(571);
		}
		List<Map<String, Object>> downloaded = agreements();

		String afterDownload = this.fingerprint.of();
		Output again = download("ice-287g", "/identify-and-arrest/287g");
		assertThat(again.exitCode()).as(again.out()).isZero();
		assertThat(again.out()).contains("already imported (same bytes", "1 files skipped").doesNotContain("Writing");
		assertThat(this.fingerprint.of()).as("the same list downloaded again changes nothing").isEqualTo(afterDownload);

		this.graph.reset();
		assertThat(this.imports.run("ice-287g", file).exitCode()).isZero();
		assertThat(agreements()).as("the agreements of the same file imported directly").isEqualTo(downloaded);
	}

	@Test
	void thePendingListIsTheOtherLinkOfTheSamePage() throws IOException {
		Path file = RealData.path("287g/relevantresearch/pendingAgencies/" + PENDING);
		Output output = download("ice-287g-pending", "/identify-and-arrest/287g");
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("'Pending Agencies' (" + url(FOLDER + PENDING) + ")");
		assertThat(this.graph.value("MATCH (s:Source) RETURN s.url", Map.of())).isEqualTo(url(FOLDER + PENDING));
		assertThat(this.graph.value("MATCH (s:Source) RETURN s.list", Map.of())).isEqualTo("ICE_287G_PENDING");
		try (Workbook read = workbook(file)) {
			assertThat(count("MATCH (e:ListEntry) RETURN count(e)")).isEqualTo(dataRows(read)).isEqualTo(65);
			assertThat(count("MATCH (a:Agreement {status: 'PENDING'}) RETURN count(a)")).isEqualTo(agreements(read));
		}
		List<Map<String, Object>> downloaded = agreements();
		this.graph.reset();
		assertThat(this.imports.run("ice-287g-pending", file).exitCode()).isZero();
		assertThat(agreements()).isEqualTo(downloaded);
	}

	@Test
	void aLinkWhoseNameGivesNoDateIsDatedByTheDownload() throws IOException {
		byte[] list = Files.readAllBytes(IceLists.participating("ParticipatingEntities-20210113002027.xlsx"));
		this.answers.put("/lists/participatingAgencies.xlsx", new Answer(200, "application/octet-stream", list));
		page("/undated/287g", "<a href=\"../lists/participatingAgencies.xlsx\">Participating Agencies</a>", "");
		LocalDate before = LocalDate.now();
		Output output = download("ice-287g", "/undated/287g");
		LocalDate after = LocalDate.now();
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("The file's name (participatingAgencies.xlsx) gives no date, so the list is dated by the download");
		Map<String, Object> source = this.graph.rows(
				"MATCH (s:Source) RETURN s.fileName AS fileName, s.snapshotDate AS day, s.note AS note, s.url AS url", Map.of())
			.get(0);
		assertThat((String) source.get("fileName")).matches("participatingAgencies\\d{8}(am|pm)\\.xlsx");
		assertThat((LocalDate) source.get("day")).isBetween(before, after);
		assertThat(source.get("url")).isEqualTo(url("/lists/participatingAgencies.xlsx"));
		assertThat((String) source.get("note")).contains("its name (participatingAgencies.xlsx) gives no date, so the list is dated by the day it was downloaded");
		assertThat(count("MATCH (e:ListEntry) RETURN count(e)")).isEqualTo(150);
	}

	@Test
	void theAddressMayBeTheSpreadsheetItself() {
		RealData.path("287g/relevantresearch/pendingAgencies/pendingAgencies02272026am.xlsx");
		Output output = download("ice-287g-pending", FOLDER + "pendingAgencies02272026am.xlsx");
		assertThat(output.exitCode()).as(output.out()).isZero();
		assertThat(output.out()).contains("The address gives a spreadsheet, not a page");
		assertThat(this.graph.value("MATCH (s:Source) RETURN s.url", Map.of())).isEqualTo(url(FOLDER + "pendingAgencies02272026am.xlsx"));
		assertThat(count("MATCH (e:ListEntry) RETURN count(e)")).isEqualTo(2);
	}

	@Test
	void aMissingPageOrListOrAPageWithoutTheListFailsAndWritesNothing() throws IOException {
		page("/no-lists/287g", "<a href=\"/doclib/about/offices/ero/287g/287gFactSheet.pdf\">Participating Agencies (PDF)</a>",
				"<a href=\"/doclib/287g/pendingAgencies04282025pm.xlsx\">Pending Agencies</a>");
		page("/nothing/287g", "Participating Agencies (to be published)", "Pending Agencies (to be published)");
		page("/dead-link/287g", "<a href=\"/doclib/gone/participatingAgencies05162025am.xlsx\">Participating Agencies</a>", "");
		this.answers.put("/not-a-list/participatingAgencies05162025am.xlsx", new Answer(200, "text/html; charset=UTF-8",
				"<!DOCTYPE html><html><body>Access Denied</body></html>".getBytes(StandardCharsets.UTF_8)));
		page("/html-instead/287g", "<a href=\"/not-a-list/participatingAgencies05162025am.xlsx\">Participating Agencies</a>", "");
		String before = this.fingerprint.of();

		Output noPage = download("ice-287g", "/no/such/page");
		assertThat(noPage.out()).contains("Download failed, nothing was imported: downloading " + url("/no/such/page")
				+ " failed: the server answered HTTP 404 (not found); check enforcement-graph.download.ice-287g-page-url (or --url)");
		Output noLink = download("ice-287g", "/no-lists/287g");
		assertThat(noLink.out()).contains("the page " + url("/no-lists/287g") + " has no link to ICE's list of participating agencies",
				"the spreadsheets it links are 'Pending Agencies' (" + url("/doclib/287g/pendingAgencies04282025pm.xlsx") + ")",
				"enforcement-graph.download.ice-287g-page-url", "ICE's 287(g) program page");
		Output noLinkAtAll = download("ice-287g-pending", "/nothing/287g");
		assertThat(noLinkAtAll.out()).contains("has no link to ICE's list of pending agencies", "it links no spreadsheet at all");
		Output deadLink = download("ice-287g", "/dead-link/287g");
		assertThat(deadLink.out()).contains("downloading " + url("/doclib/gone/participatingAgencies05162025am.xlsx")
				+ " failed: the server answered HTTP 404 (not found)");
		Output html = download("ice-287g", "/html-instead/287g");
		assertThat(html.out()).contains(url("/not-a-list/participatingAgencies05162025am.xlsx")
				+ ", linked as 'Participating Agencies', is not a spreadsheet: the server sent text/html, 54 bytes beginning \"<!DOCTYPE html>",
				"where an Excel workbook (.xlsx) was expected");

		for (Output failed : List.of(noPage, noLink, noLinkAtAll, deadLink, html)) {
			assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
			assertThat(failed.out()).contains("Download failed, nothing was imported").doesNotContain("Exception", "[1/1]");
		}
		assertThat(this.fingerprint.of()).as("nothing was written").isEqualTo(before);
		assertThat(this.dir.resolve("rejected.csv")).doesNotExist();
	}

	@Test
	void withNoAddressSetTheMessageNamesTheSettingAndWhatItShouldPointAt() {
		String before = this.fingerprint.of();
		for (String source : List.of("ice-287g", "ice-287g-pending")) {
			Output output = this.imports.run(source, "--download");
			assertThat(output.exitCode()).isEqualTo(2);
			assertThat(output.err()).contains("no download address is set", "enforcement-graph.download.ice-287g-page-url",
					"ENFORCEMENT_GRAPH_DOWNLOAD_ICE_287G_PAGE_URL", "--url", "ICE's 287(g) program page",
					"spreadsheets (.xlsx) of participating agencies and of pending agencies");
			assertThat(output.err()).doesNotContainPattern("https?://");
		}
		assertThat(this.imports.run("ice-287g", "--download", "a.xlsx").err()).contains("--download takes no files");
		assertThat(this.imports.run("ice-287g", "--url", url("/identify-and-arrest/287g"), "a.xlsx").err())
			.contains("--url goes with --download");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void onTheCommandLineTheAddressIsTheSetting() {
		RealData.path("287g/relevantresearch/pendingAgencies/" + PENDING);
		Output output = Output.launch("import", "ice-287g-pending", "--download",
				"--enforcement-graph.download.ice-287g-page-url=" + url("/identify-and-arrest/287g"),
				"--enforcement-graph.data-dir=" + this.dir.resolve("graph"), "--rejected", this.dir.resolve("rejected.csv").toString());
		assertThat(output.exitCode()).as(output.out() + output.err()).isZero();
		assertThat(output.out()).contains("[1/1] " + PENDING + ": read", "65 rows read");
	}

	private List<Map<String, Object>> agreements() {
		return this.graph.rows("""
				MATCH (a:Agreement)
				RETURN a.id AS id, properties(a) AS properties, [(p)-[:PARTY_TO]->(a) | p.id] AS parties,
				       [(a)-[:WITH]->(f) | f.id] AS with, COUNT { (a)-[:LISTED_AS]->() } AS rows
				ORDER BY id""", Map.of());
	}

	private long count(String query) {
		return ((Number) this.graph.value(query, Map.of())).longValue();
	}

	private static Workbook workbook(Path file) throws IOException {
		return WorkbookFactory.create(file.toFile(), null, true);
	}

	/** The rows under the header row (the one holding STATE) that hold anything. */
	private static List<List<String>> rows(Workbook workbook) {
		DataFormatter formatter = new DataFormatter(Locale.US);
		Sheet sheet = workbook.getSheetAt(0);
		List<List<String>> rows = new ArrayList<>();
		List<String> header = null;
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				cells.add(formatter.formatCellValue(row.getCell(c)).strip());
			}
			if (header == null) {
				header = cells.contains("STATE") ? cells : null;
			}
			else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				rows.add(cells);
			}
		}
		return rows;
	}

	private static long dataRows(Workbook workbook) {
		return rows(workbook).size();
	}

	/**
	 * Agency and model pairs of the list: state, agency name and support type, with case, spacing and punctuation
	 * ignored and "City of X" read as "X" (the list of 2025-05-16 prints both "City of St. Cloud Police Department"
	 * and "St. Cloud Police Department" for one Task Force agreement).
	 */
	private static long agreements(Workbook workbook) {
		Set<String> pairs = new HashSet<>();
		for (List<String> row : rows(workbook)) {
			// STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY, SUPPORT TYPE, ...
			String agency = row.get(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip()
				.replaceFirst("^(city|town|village) of ", "");
			pairs.add(String.join("|", row.get(0), agency, row.get(4).toLowerCase(Locale.ROOT).strip()));
		}
		return pairs.size();
	}

}
