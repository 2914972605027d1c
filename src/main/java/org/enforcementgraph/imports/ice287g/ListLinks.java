package org.enforcementgraph.imports.ice287g;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.imports.Download;

/**
 * The spreadsheet links of ICE's 287(g) page, and which of them is the participating or the pending list. ICE's page
 * links each list as an {@code .xlsx} under a dated name ({@code participatingAgencies05162025am.xlsx}) with a text such
 * as "Participating Agencies"; a link is told apart by its file name, else by its text, and when the page links
 * several files of one list, the newest by the date in its name is taken.
 */
final class ListLinks {

	private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]{0,4000})>(.{0,4000}?)</a\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]+);");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPREADSHEET_WORDS = Pattern.compile("(?i)\\b(xlsx|excel|spreadsheet)\\b");

	private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", " ");

	private ListLinks() {
	}

	/** A link of the page: the address it points at (absolute) and its text. */
	record Link(URI uri, String text) {

		String fileName() {
			return Download.fileName(this.uri, "");
		}

		@Override
		public String toString() {
			return "'" + this.text + "' (" + this.uri + ")";
		}

	}

	/** The page's links to spreadsheets (an {@code .xlsx} address, or a text saying Excel, xlsx or spreadsheet), in page order. */
	static List<Link> spreadsheets(String html, URI page) {
		Map<URI, Link> links = new LinkedHashMap<>();
		Matcher anchor = ANCHOR.matcher(html);
		while (anchor.find()) {
			Matcher href = HREF.matcher(anchor.group(1));
			if (!href.find()) {
				continue;
			}
			String target = decode(firstNonNull(href.group(1), href.group(2), href.group(3))).strip();
			String text = decode(TAG.matcher(anchor.group(2)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
			resolve(page, target).filter(uri -> isSpreadsheet(uri, text)).ifPresent(uri -> links.putIfAbsent(uri, new Link(uri, text)));
		}
		return List.copyOf(links.values());
	}

	/** The link to {@code list}: by file name, else by text; among several, the newest by the date its name gives. */
	static Optional<Link> pick(List<Link> links, Snapshot.ListKind list) {
		List<Link> ofList = new ArrayList<>();
		for (Link link : links) {
			if (kind(link).filter(list::equals).isPresent()) {
				ofList.add(link);
			}
		}
		Comparator<Link> newest = Comparator.comparing(
				(Link link) -> Snapshot.timeFromName(link.fileName()).orElse(LocalDateTime.MIN), Comparator.reverseOrder());
		return ofList.stream().sorted(newest).findFirst();
	}

	private static Optional<Snapshot.ListKind> kind(Link link) {
		Optional<Snapshot.ListKind> byName = kindNamedIn(link.fileName());
		return byName.isPresent() ? byName : kindNamedIn(link.text());
	}

	private static Optional<Snapshot.ListKind> kindNamedIn(String words) {
		String lower = words.toLowerCase(Locale.ROOT);
		boolean participating = lower.contains(Snapshot.ListKind.PARTICIPATING.word);
		boolean pending = lower.contains(Snapshot.ListKind.PENDING.word);
		if (participating == pending) {
			return Optional.empty();
		}
		return Optional.of(participating ? Snapshot.ListKind.PARTICIPATING : Snapshot.ListKind.PENDING);
	}

	private static boolean isSpreadsheet(URI uri, String text) {
		String path = (uri.getPath() == null) ? "" : uri.getPath().toLowerCase(Locale.ROOT);
		return path.endsWith(".xlsx") || SPREADSHEET_WORDS.matcher(text).find();
	}

	/** The link's target made absolute against the page; only http(s) addresses count. */
	private static Optional<URI> resolve(URI page, String target) {
		if (target.isEmpty() || target.startsWith("#")) {
			return Optional.empty();
		}
		try {
			URI uri = page.resolve(new URI(target.replace(" ", "%20")));
			return Download.httpUri(uri.toString());
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String decode(String html) {
		Matcher entity = ENTITY.matcher(html);
		StringBuilder decoded = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String value = entity.group();
			try {
				if (name.startsWith("#x") || name.startsWith("#X")) {
					value = Character.toString(Integer.parseInt(name.substring(2), 16));
				}
				else if (name.startsWith("#")) {
					value = Character.toString(Integer.parseInt(name.substring(1)));
				}
				else {
					value = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), value);
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a character: left as printed.
			}
			entity.appendReplacement(decoded, Matcher.quoteReplacement(value));
		}
		entity.appendTail(decoded);
		return decoded.toString();
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return "";
	}

}
