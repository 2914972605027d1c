package org.enforcementgraph.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.Keys;

/**
 * Sources that are a passage of a web page: curated files give, for each fact, the page it comes from and a short
 * verbatim quote. Each (page, quote) is its own Source, {@code source:quote:<16 hex of url and quote>}, so every fact
 * points at exactly the words that back it; two facts backed by the same words share it.
 */
@Component
public final class QuotedSources {

	private final Cypher cypher;

	public QuotedSources(Cypher cypher) {
		this.cypher = cypher;
	}

	/** The id of the Source for {@code url} and {@code quote} (the quote may be empty). */
	public static String id(String url, String quote) {
		return "source:quote:" + Keys.hash(url.strip() + "\n" + quote.strip());
	}

	/** A passage to record: its page, the quote, and optionally a title, publisher and publication date. */
	public record Passage(String url, String quote, String title, String publisher, java.time.LocalDate published) {

		public Passage(String url, String quote) {
			this(url, quote, null, null, null);
		}

		public String id() {
			return QuotedSources.id(this.url, this.quote);
		}

	}

	/** Merges one Source per distinct passage. */
	public void record(List<Passage> passages) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Passage passage : passages) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", passage.id());
			row.put("url", passage.url().strip());
			row.put("quote", passage.quote().strip().isEmpty() ? null : passage.quote().strip());
			row.put("title", (passage.title() != null) ? passage.title() : pageTitle(passage.url()));
			row.put("publisher", (passage.publisher() != null) ? passage.publisher() : host(passage.url()));
			row.put("published", passage.published());
			rows.add(row);
		}
		this.cypher.run("""
				UNWIND $rows AS row
				MERGE (s:Source {id: row.id})
				ON CREATE SET s.url = row.url, s.quote = row.quote, s.title = row.title, s.publisher = row.publisher,
				              s.published = row.published, s.kind = 'WEB_PAGE'""",
				Map.of("rows", rows));
	}

	/** The page's host and path, the best title a URL alone gives. */
	static String pageTitle(String url) {
		String text = url.strip().replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	static String host(String url) {
		try {
			String host = URI.create(url.strip()).getHost();
			return (host != null) ? host.replaceFirst("^www\\.", "") : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
