package org.enforcementgraph.system.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;

/**
 * Loads an export into an empty database in one transaction, so it is restored whole or not at all; the migration
 * history in the file replaces the one this start recorded. Labels and types are checked to be plain names before
 * they are written into Cypher (they cannot be parameters).
 */
@Component
public final class GraphRestore {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private static final int BATCH = 2000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Cypher cypher;

	private final TransactionTemplate transactions;

	public GraphRestore(Cypher cypher, TransactionTemplate transactions) {
		this.cypher = cypher;
		this.transactions = transactions;
	}

	/** @return how many nodes and relationships were restored */
	public Map<String, Long> readFrom(Path file) {
		Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
		Map<String, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
		read(file, nodes, relationships);
		long nodeCount = nodes.values().stream().mapToLong(List::size).sum();
		long relationshipCount = relationships.values().stream().mapToLong(List::size).sum();
		this.transactions.execute(status -> {
			long existing = ((Number) this.cypher.rows("MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n", Map.of())
				.get(0).get("n")).longValue();
			if (existing > 0) {
				throw new GraphException("The database holds " + existing + " nodes already; restore needs an empty one."
						+ " Give a new data directory (--enforcement-graph.data-dir=...)");
			}
			this.cypher.run("MATCH (m:Migration) DELETE m", Map.of());
			nodes.forEach((labels, rows) -> batches(rows, batch -> this.cypher.run(
					"UNWIND $rows AS row CREATE (n" + labels + ") SET n = row", Map.of("rows", batch))));
			relationships.forEach((shape, rows) -> {
				String[] parts = shape.split("\\|");
				batches(rows, batch -> this.cypher.run("UNWIND $rows AS row MATCH (a:`" + parts[1] + "` {id: row.start})"
						+ " MATCH (b:`" + parts[2] + "` {id: row.end}) CREATE (a)-[r:`" + parts[0] + "`]->(b) SET r = row.properties",
						Map.of("rows", batch)));
			});
			return null;
		});
		return Map.of("nodes", nodeCount, "relationships", relationshipCount);
	}

	@SuppressWarnings("unchecked")
	private static void read(Path file, Map<String, List<Map<String, Object>>> nodes,
			Map<String, List<Map<String, Object>>> relationships) {
		try (BufferedReader in = reader(file)) {
			String header = in.readLine();
			Map<String, Object> head = (header == null) ? Map.of() : json.readValue(header, Map.class);
			if (!GraphExport.FORMAT.equals(head.get("format"))) {
				throw new GraphException(file + ", line 1: not an Enforcement Graph export (no '" + GraphExport.FORMAT + "' header)");
			}
			String line;
			int number = 1;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Map<String, Object> entry = json.readValue(line, Map.class);
				Map<String, Object> properties = PropertyValues.fromJson((Map<String, Object>) entry.get("properties"));
				if ("node".equals(entry.get("kind"))) {
					StringBuilder labels = new StringBuilder();
					for (Object label : (List<Object>) entry.get("labels")) {
						labels.append(":`").append(name(file, number, label)).append('`');
					}
					nodes.computeIfAbsent(labels.toString(), k -> new ArrayList<>()).add(properties);
				}
				else {
					String shape = name(file, number, entry.get("type")) + "|" + name(file, number, entry.get("startLabel")) + "|"
							+ name(file, number, entry.get("endLabel"));
					relationships.computeIfAbsent(shape, k -> new ArrayList<>())
						.add(Map.of("start", entry.get("start"), "end", entry.get("end"), "properties", properties));
				}
			}
		}
		catch (IOException | JacksonException | ClassCastException | NullPointerException | IllegalArgumentException ex) {
			throw new GraphException(file + ": not a readable export (" + ex.getMessage() + ")", ex);
		}
	}

	private static String name(Path file, int line, Object value) {
		if (value == null || !NAME.matcher(value.toString()).matches()) {
			throw new GraphException(file + ", line " + line + ": '" + value + "' is not a label or relationship type");
		}
		return value.toString();
	}

	private static BufferedReader reader(Path file) throws IOException {
		InputStream stream = Files.newInputStream(file);
		boolean gzip = file.getFileName().toString().endsWith(".gz");
		return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(stream) : stream, StandardCharsets.UTF_8));
	}

	private static void batches(List<Map<String, Object>> rows, java.util.function.Consumer<List<Map<String, Object>>> write) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			write.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
