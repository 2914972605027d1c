package org.enforcementgraph.system.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.PlannerStatistics;

/**
 * Loads an export into an empty database, whole or not at all, in transactions of a bounded size: the whole graph in
 * one transaction would need more memory than the server has (the real data with the FBI roster is over 100,000
 * nodes). Each transaction is complete by the rule every fact needs a source ({@code SourceRequired}): the Sources
 * first, then each batch of nodes with the CITES and SEEN_IN relationships that source them, then the other
 * relationships, which list Sources that are there by then; the migration history in the file replaces the one this
 * start recorded, last. When a batch fails, what was restored before it is deleted again, so the database is empty
 * as before (a process killed in the middle leaves a partial database: discard its directory). Labels and types are
 * checked to be plain names before they are written into Cypher (they cannot be parameters).
 */
@Component
public final class GraphRestore {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private static final int BATCH = 2000;

	private static final Set<String> SOURCING = Set.of("CITES", "SEEN_IN");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Cypher cypher;

	private final TransactionTemplate transactions;

	private final PlannerStatistics statistics;

	public GraphRestore(Cypher cypher, TransactionTemplate transactions, PlannerStatistics statistics) {
		this.cypher = cypher;
		this.transactions = transactions;
		this.statistics = statistics;
	}

	/** The export as read: nodes by their labels (":`A`:`B`"), relationships by type, start label and end label. */
	private record Export(Map<String, List<Map<String, Object>>> nodes, Map<String, List<Map<String, Object>>> relationships) {
	}

	/** @return how many nodes and relationships were restored */
	public Map<String, Long> readFrom(Path file) {
		Export export = new Export(new LinkedHashMap<>(), new LinkedHashMap<>());
		read(file, export.nodes(), export.relationships());
		long nodeCount = export.nodes().values().stream().mapToLong(List::size).sum();
		long relationshipCount = export.relationships().values().stream().mapToLong(List::size).sum();
		this.transactions.execute(status -> {
			long existing = ((Number) this.cypher.rows("MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n", Map.of())
				.get(0).get("n")).longValue();
			if (existing > 0) {
				throw new GraphException("The database holds " + existing + " nodes already; restore needs an empty one."
						+ " Give a new data directory (--enforcement-graph.data-dir=...)");
			}
			return null;
		});
		try {
			write(export);
		}
		catch (RuntimeException ex) {
			deleteRestored();
			throw ex;
		}
		this.statistics.refreshAfterBulkWrite();
		return Map.of("nodes", nodeCount, "relationships", relationshipCount);
	}

	/** A CITES or SEEN_IN relationship of the export, by its shape ("CITES|Agency|Source") and its row. */
	private record Sourcing(String shape, Map<String, Object> row) {
	}

	private void write(Export export) {
		Map<String, List<Sourcing>> sourcingByNode = new HashMap<>();
		export.relationships().forEach((shape, rows) -> {
			if (SOURCING.contains(shape.split("\\|")[0])) {
				rows.forEach(row -> sourcingByNode.computeIfAbsent((String) row.get("start"), k -> new ArrayList<>())
					.add(new Sourcing(shape, row)));
			}
		});
		export.nodes().forEach((labels, rows) -> {
			if (labels.equals(":`Source`")) {
				batches(rows, batch -> inTransaction(() -> createNodes(labels, batch)));
			}
		});
		export.nodes().forEach((labels, rows) -> {
			if (!labels.equals(":`Source`") && !labels.equals(":`Migration`")) {
				batches(rows, batch -> inTransaction(() -> {
					createNodes(labels, batch);
					Map<String, List<Map<String, Object>>> sourcing = new LinkedHashMap<>();
					for (Map<String, Object> node : batch) {
						for (Sourcing relationship : sourcingByNode.getOrDefault((String) node.get("id"), List.of())) {
							sourcing.computeIfAbsent(relationship.shape(), k -> new ArrayList<>()).add(relationship.row());
						}
					}
					sourcing.forEach(this::createRelationships);
				}));
			}
		});
		export.relationships().forEach((shape, rows) -> {
			if (!SOURCING.contains(shape.split("\\|")[0])) {
				batches(rows, batch -> inTransaction(() -> createRelationships(shape, batch)));
			}
		});
		inTransaction(() -> {
			this.cypher.run("MATCH (m:Migration) DELETE m", Map.of());
			createNodes(":`Migration`", export.nodes().getOrDefault(":`Migration`", List.of()));
		});
	}

	private void createNodes(String labels, List<Map<String, Object>> rows) {
		this.cypher.run("UNWIND $rows AS row CREATE (n" + labels + ") SET n = row", Map.of("rows", rows));
	}

	/** Refuses the export when a relationship's end is not in it: nothing may be left out silently. */
	private void createRelationships(String shape, List<Map<String, Object>> rows) {
		String[] parts = shape.split("\\|");
		long created = ((Number) this.cypher.rows("UNWIND $rows AS row MATCH (a:`" + parts[1] + "` {id: row.start})"
				+ " MATCH (b:`" + parts[2] + "` {id: row.end}) CREATE (a)-[r:`" + parts[0] + "`]->(b) SET r = row.properties"
				+ " RETURN count(r) AS created", Map.of("rows", rows)).get(0).get("created")).longValue();
		if (created < rows.size()) {
			throw new GraphException("the export has " + (rows.size() - created) + " [:" + parts[0] + "] relationship(s) from "
					+ parts[1] + " to " + parts[2] + " whose start or end node is not in it (e.g. from '" + rows.get(0).get("start")
					+ "' to '" + rows.get(0).get("end") + "' in this batch); nothing was restored");
		}
	}

	/**
	 * Deletes what a failed restore wrote, a batch at a time, the facts before their Sources (a fact whose Source went
	 * in another transaction would be refused as unsourced); the migration history this start recorded stays.
	 */
	private void deleteRestored() {
		for (String which : List.of("NOT n:Source", "n:Source")) {
			long deleted;
			do {
				deleted = this.transactions.execute(status -> ((Number) this.cypher.rows("MATCH (n) WHERE NOT n:Migration AND "
						+ which + " WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted", Map.of("batch", BATCH))
					.get(0).get("deleted")).longValue());
			}
			while (deleted > 0);
		}
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult(status -> work.run());
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
