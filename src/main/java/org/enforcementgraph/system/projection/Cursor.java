package org.enforcementgraph.system.projection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.enforcementgraph.system.graphql.InvalidArgumentException;

/**
 * An opaque Relay cursor: the sort key and id of the last item of a page, so the next page starts right after it
 * (keyset pagination: no duplicates and no gaps, even when rows are added in between).
 */
record Cursor(Object key, String id) {

	private static final char SEPARATOR = '\u0000';

	String encode() {
		String tagged = switch (this.key) {
			case LocalDate date -> "d:" + date;
			case Long number -> "l:" + number;
			case Integer number -> "l:" + number;
			case Double number -> "f:" + number;
			default -> "s:" + this.key;
		};
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((tagged + SEPARATOR + this.id).getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int split = text.indexOf(SEPARATOR);
			String tagged = text.substring(0, split);
			String value = tagged.substring(2);
			Object key = switch (tagged.substring(0, 2)) {
				case "d:" -> LocalDate.parse(value);
				case "l:" -> Long.parseLong(value);
				case "f:" -> Double.parseDouble(value);
				case "s:" -> value;
				default -> throw new IllegalArgumentException(tagged);
			};
			return new Cursor(key, text.substring(split + 1));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("after: '" + cursor
					+ "' is not a cursor this API gave out; use the endCursor of the previous page");
		}
	}

}
