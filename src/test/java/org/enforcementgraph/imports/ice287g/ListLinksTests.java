package org.enforcementgraph.imports.ice287g;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which link of a page is ICE's participating or pending list, told by file name or text, relative or absolute. */
class ListLinksTests {

	static final URI PAGE = URI.create("http://127.0.0.1:8000/identify-and-arrest/287g");

	@Test
	void theListsAreFoundByFileNameRelativeOrAbsolute() {
		String html = """
				<ul><li><a href="/about">About</a></li><li><a href="/doclib/fact-sheet.pdf">287(g) fact sheet</a></li></ul>
				<p>The <a class="usa-link" href="/doclib/about/offices/ero/287g/participatingAgencies05162025am.xlsx"
				   title="Download">Participating Agencies</a> (Excel, 67 KB) and the
				<a href='http://127.0.0.1:9000/doclib/about/offices/ero/287g/pendingAgencies04282025pm.xlsx'><span>Pending</span>
				   Agencies</a></p>""";
		List<ListLinks.Link> links = ListLinks.spreadsheets(html, PAGE);
		assertThat(links).extracting(l -> l.uri().toString())
			.containsExactly("http://127.0.0.1:8000/doclib/about/offices/ero/287g/participatingAgencies05162025am.xlsx",
					"http://127.0.0.1:9000/doclib/about/offices/ero/287g/pendingAgencies04282025pm.xlsx");
		assertThat(ListLinks.pick(links, Snapshot.ListKind.PARTICIPATING)).map(ListLinks.Link::text).contains("Participating Agencies");
		assertThat(ListLinks.pick(links, Snapshot.ListKind.PENDING)).map(ListLinks.Link::text).contains("Pending Agencies");
	}

	@Test
	void aLinkWithoutANameSaysWhatItIsByItsText() {
		String html = "<a href=\"download?id=17&amp;format=xlsx\">Participating Agencies (Excel)</a>"
				+ "<a href=\"download?id=18\">Pending Agencies (Excel)</a><a href=\"list.xlsx\">Agencies</a>";
		List<ListLinks.Link> links = ListLinks.spreadsheets(html, PAGE);
		assertThat(ListLinks.pick(links, Snapshot.ListKind.PARTICIPATING)).map(l -> l.uri().toString())
			.contains("http://127.0.0.1:8000/identify-and-arrest/download?id=17&format=xlsx");
		assertThat(ListLinks.pick(links, Snapshot.ListKind.PENDING)).map(l -> l.uri().toString())
			.contains("http://127.0.0.1:8000/identify-and-arrest/download?id=18");
		assertThat(links).as("an .xlsx link naming no list is a spreadsheet, but neither list").hasSize(3);
	}

	@Test
	void ofSeveralLinksToOneListTheNewestByItsNameIsTaken() {
		String html = """
				<a href="/a/participatingAgencies12312025am.xlsx">Participating Agencies (previous)</a>
				<a href="/a/participatingAgencies05182026am.xlsx">Participating Agencies</a>
				<a href="/a/participatingAgencies01302026am.xlsx">Participating Agencies</a>""";
		assertThat(ListLinks.pick(ListLinks.spreadsheets(html, PAGE), Snapshot.ListKind.PARTICIPATING))
			.map(ListLinks.Link::fileName).contains("participatingAgencies05182026am.xlsx");
	}

	@Test
	void aPageWithoutTheListsHasNoLinkToPick() {
		String html = """
				<a href="/doclib/287gMOA/287gJEM_EtowahCoAl2016-06-18.pdf">MOA</a> <a href="mailto:x@127.0.0.1">mail</a>
				<a href="javascript:void(0)">Participating agencies</a> <a href="#pending">Pending agencies</a>
				<a href="/about/participating-agencies">Participating agencies</a> <a href="%zz">Excel</a>""";
		List<ListLinks.Link> links = ListLinks.spreadsheets(html, PAGE);
		assertThat(links).isEmpty();
		assertThat(ListLinks.pick(links, Snapshot.ListKind.PARTICIPATING)).isEmpty();
		assertThat(ListLinks.spreadsheets("<a href=\"x.xlsx\">".repeat(5_000), PAGE)).as("no closing tags").isEmpty();
	}

	@Test
	void iceNamesAListByItsDayAndHalfDay() {
		assertThat(Snapshot.ListKind.PARTICIPATING.fileName(java.time.LocalDateTime.parse("2025-05-16T09:30")))
			.isEqualTo("participatingAgencies05162025am.xlsx");
		assertThat(Snapshot.ListKind.PENDING.fileName(java.time.LocalDateTime.parse("2026-02-27T12:00")))
			.isEqualTo("pendingAgencies02272026pm.xlsx");
		assertThat(Snapshot.timeFromName(Snapshot.ListKind.PENDING.fileName(java.time.LocalDateTime.parse("2026-02-27T15:00"))))
			.contains(java.time.LocalDateTime.parse("2026-02-27T12:00"));
	}

}
