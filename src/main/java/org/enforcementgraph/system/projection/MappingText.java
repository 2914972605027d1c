package org.enforcementgraph.system.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cypher of one {@link FieldMapping}, split once into literal text and the places each use fills in: {@code this},
 * {@code that}, the scope suffix of {@code _helper} variables and {@code $argument} references. Why: compiling a
 * request ran these four regular expressions over every mapping it used, a tenth of the CPU of a county profile; the
 * mappings are a fixed set, so each is parsed once and a request only concatenates.
 */
final class MappingText {

	private static final Pattern THIS = Pattern.compile("\\bthis\\b");

	private static final Pattern THAT = Pattern.compile("\\bthat\\b");

	private static final Pattern HELPER = Pattern.compile("(?<![\\w.`$])_([A-Za-z]\\w*)");

	private static final Pattern ARGUMENT = Pattern.compile("\\$([A-Za-z]\\w*)");

	// Marks left in the text between the passes; no mapping contains control characters (checked when parsed).
	private static final char SELF = '\u0001', OTHER = '\u0002', SCOPE = '\u0003', ARGUMENT_START = '\u0004',
			ARGUMENT_END = '\u0005';

	private static final Map<String, MappingText> parsed = new ConcurrentHashMap<>();

	private sealed interface Part {
	}

	private record Literal(String text) implements Part {
	}

	/** The places filled with the same value throughout one use. */
	private enum Place implements Part {
		SELF, THAT, SCOPE
	}

	private record Argument(String name) implements Part {
	}

	private final List<Part> parts;

	private MappingText(List<Part> parts) {
		this.parts = parts;
	}

	static MappingText of(String cypher) {
		return parsed.computeIfAbsent(cypher, MappingText::parse);
	}

	/**
	 * The text with {@code this} as {@code self}, {@code that} as {@code that} (left as it is when null), helpers
	 * suffixed with {@code _scope}, and each {@code $argument} as {@code $} and the name {@code bind} gives it, bound in
	 * the order the references appear.
	 */
	String fill(String self, String that, int scope, UnaryOperator<String> bind) {
		StringBuilder out = new StringBuilder();
		for (Part part : this.parts) {
			switch (part) {
				case Literal literal -> out.append(literal.text());
				case Place.SELF -> out.append(self);
				case Place.THAT -> out.append(that != null ? that : "that");
				case Place.SCOPE -> out.append(scope);
				case Argument argument -> out.append('$').append(bind.apply(argument.name()));
			}
		}
		return out.toString();
	}

	private static MappingText parse(String cypher) {
		if (cypher.chars().anyMatch(c -> c >= SELF && c <= ARGUMENT_END)) {
			throw new IllegalArgumentException("A field mapping contains a control character: " + cypher);
		}
		String marked = THIS.matcher(cypher).replaceAll(String.valueOf(SELF));
		marked = THAT.matcher(marked).replaceAll(String.valueOf(OTHER));
		marked = HELPER.matcher(marked).replaceAll(m -> Matcher.quoteReplacement("_" + m.group(1) + "_" + SCOPE));
		marked = ARGUMENT.matcher(marked)
			.replaceAll(m -> Matcher.quoteReplacement(ARGUMENT_START + m.group(1) + ARGUMENT_END));
		List<Part> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c < SELF || c > ARGUMENT_END) {
				literal.append(c);
				continue;
			}
			if (!literal.isEmpty()) {
				parts.add(new Literal(literal.toString()));
				literal.setLength(0);
			}
			switch (c) {
				case SELF -> parts.add(Place.SELF);
				case OTHER -> parts.add(Place.THAT);
				case SCOPE -> parts.add(Place.SCOPE);
				default -> {
					int end = marked.indexOf(ARGUMENT_END, i);
					parts.add(new Argument(marked.substring(i + 1, end)));
					i = end;
				}
			}
		}
		if (!literal.isEmpty()) {
			parts.add(new Literal(literal.toString()));
		}
		return new MappingText(List.copyOf(parts));
	}

}
