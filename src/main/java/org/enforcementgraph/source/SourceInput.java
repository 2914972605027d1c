package org.enforcementgraph.source;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.enforcementgraph.system.Keys;
import org.enforcementgraph.system.graphql.InvalidArgumentException;

/** The GraphQL {@code SourceInput}: a document, page or file to cite. */
record SourceInput(String id, String url, String title, String publisher, LocalDate published, LocalDate retrieved,
		String kind, String quote) {

	/** The given id, or one made from the URL, or from the title. */
	String idOrDefault() {
		if (this.id != null) {
			if (!this.id.startsWith("source:")) {
				throw new InvalidArgumentException("input.id: a source id starts with 'source:'; got '" + this.id + "'");
			}
			return this.id;
		}
		return (this.url != null) ? "source:url:" + Keys.hash(this.url) : "source:" + Keys.slug(this.title);
	}

	Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("url", this.url);
		properties.put("title", this.title);
		properties.put("publisher", this.publisher);
		properties.put("published", this.published);
		properties.put("retrieved", (this.retrieved != null) ? this.retrieved : LocalDate.now());
		properties.put("kind", (this.kind != null) ? this.kind : "DOCUMENT");
		properties.put("quote", this.quote);
		return properties;
	}

}
