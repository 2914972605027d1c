package org.enforcementgraph.system.migrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.system.GraphException;

/**
 * One versioned Cypher file, named like {@code V0010__Create_constraints.cypher} (the neo4j-migrations convention:
 * steps of 10 leave room), split into statements at semicolons that end a line.
 */
record Migration(int version, String fileName, String description, String checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	static Migration parse(String fileName, String content) {
		Matcher name = NAME.matcher(fileName);
		if (!name.matches()) {
			throw new GraphException("Migration file " + fileName
					+ " is not named like V0010__Some_description.cypher; rename it");
		}
		String text = content.replace("\r\n", "\n");
		return new Migration(Integer.parseInt(name.group(1)), fileName, name.group(2).replace('_', ' '),
				sha256(text), statements(text));
	}

	private static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return List.copyOf(statements);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
