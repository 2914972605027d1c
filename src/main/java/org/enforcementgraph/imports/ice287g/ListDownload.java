package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Download;
import org.enforcementgraph.system.GraphException;

/**
 * Fetches one of ICE's 287(g) lists for {@code --download}: ICE's 287(g) page (the address in {@value #SETTING}, or
 * {@code --url}; no default), the link on it to the list ({@link ListLinks}), and the list under ICE's own file name,
 * which is what dates a list ({@link Snapshot#timeFromName}). A link whose name gives no date is saved under ICE's
 * naming with the day and half-day of the download, and the Source says so. The address may also be the spreadsheet
 * itself.
 */
@Component
final class ListDownload {

	static final String SETTING = "enforcement-graph.download.ice-287g-page-url";

	static final String WHAT_IT_POINTS_AT = "ICE's 287(g) program page, the page of ICE's website that links to its"
			+ " spreadsheets (.xlsx) of participating agencies and of pending agencies (or one of those spreadsheets itself)";

	private static final long MAX_PAGE_BYTES = 10_000_000;

	/** ICE's lists are a few hundred kilobytes. */
	private static final long MAX_LIST_BYTES = 50_000_000;

	private final String configuredUrl;

	ListDownload(@Value("${" + SETTING + ":}") String url) {
		this.configuredUrl = url;
	}

	/** The list as downloaded: the file to import and what its Source records beyond an imported file's. */
	record Downloaded(Path file, Map<String, Object> source) {
	}

	/** The address to download: {@code --url} when given, else the configured one; neither is a usage error. */
	String pageUrl(Optional<String> given) {
		return Download.address(given, this.configuredUrl, SETTING, WHAT_IT_POINTS_AT);
	}

	/**
	 * Downloads {@code list} from the page at {@code pageUrl} into {@code download}'s folder.
	 * @param dated whether the date is given (--as-of), so that the file's name need not give it
	 */
	Downloaded fetch(Download download, String pageUrl, Snapshot.ListKind list, boolean dated, PrintStream out) {
		Download.Response page = download.get(pageUrl, MAX_PAGE_BYTES);
		LocalDateTime retrieved = LocalDateTime.now();
		URI fileUri;
		byte[] bytes;
		String note;
		if (isSpreadsheet(page.body())) {
			out.println("The address gives a spreadsheet, not a page: importing it as the " + list.word + " agencies list");
			fileUri = URI.create(pageUrl);
			bytes = page.body();
			note = "downloaded on " + retrieved.toLocalDate() + " from " + pageUrl;
		}
		else {
			List<ListLinks.Link> links = ListLinks.spreadsheets(new String(page.body(), StandardCharsets.UTF_8), page.uri());
			ListLinks.Link link = ListLinks.pick(links, list).orElseThrow(() -> noLink(pageUrl, list, links));
			out.println("The page links the " + list.word + " agencies list as " + link + "; downloading it");
			Download.Response file = download.get(link.uri().toString(), MAX_LIST_BYTES);
			if (!isSpreadsheet(file.body())) {
				throw notASpreadsheet(link, file);
			}
			fileUri = link.uri();
			bytes = file.body();
			note = "downloaded on " + retrieved.toLocalDate() + " from the link '" + link.text() + "' of the page " + pageUrl;
		}
		String name = Download.fileName(fileUri, list.word + "Agencies.xlsx");
		if (!dated && Snapshot.timeFromName(name).isEmpty()) {
			String datedName = list.fileName(retrieved);
			out.println("The file's name (" + name + ") gives no date, so the list is dated by the download, "
					+ retrieved.toLocalDate() + ": saved as " + datedName);
			note += "; its name (" + name + ") gives no date, so the list is dated by the day it was downloaded";
			name = datedName;
		}
		Map<String, Object> source = new HashMap<>();
		source.put("url", fileUri.toString());
		source.put("retrieved", retrieved.toLocalDate());
		source.put("note", note);
		return new Downloaded(download.save(name, bytes), Map.copyOf(source));
	}

	/** An .xlsx workbook is a zip archive. */
	private static boolean isSpreadsheet(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static GraphException noLink(String pageUrl, Snapshot.ListKind list, List<ListLinks.Link> links) {
		String found = links.isEmpty() ? "it links no spreadsheet at all"
				: "the spreadsheets it links are " + String.join(", ", links.stream().limit(5).map(ListLinks.Link::toString).toList())
						+ ((links.size() > 5) ? " and " + (links.size() - 5) + " more" : "");
		return new GraphException("the page " + pageUrl + " has no link to ICE's list of " + list.word
				+ " agencies (a spreadsheet link whose file name or text says '" + list.word + "'); " + found + ". Point "
				+ SETTING + " (or --url) at " + WHAT_IT_POINTS_AT);
	}

	private static GraphException notASpreadsheet(ListLinks.Link link, Download.Response file) {
		String start = new String(file.body(), 0, Math.min(file.body().length, 60), StandardCharsets.ISO_8859_1)
			.replaceAll("[^\\x20-\\x7e]", "?")
			.strip();
		String type = file.contentType().isBlank() ? "" : file.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT) + ", ";
		return new GraphException(link.uri() + ", linked as '" + link.text() + "', is not a spreadsheet: the server sent "
				+ type + file.body().length + " bytes" + (start.isEmpty() ? "" : " beginning \"" + start + "\"")
				+ " where an Excel workbook (.xlsx) was expected");
	}

}
