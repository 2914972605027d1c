package org.enforcementgraph.imports.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.QuotedSources;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;

/**
 * Writes what a file says of a report: the {@code Report} (its figures merged with those other files gave, as JSON
 * text with sorted keys so the order of imports does not matter), the Places it names, and
 * {@code (:Report)-[:NAMES {key, rank, figures, nameAsPrinted, sortValue, sources}]->(:County|Place)}; a name that
 * matches no jurisdiction goes to the rejected-rows report with the reason.
 */
@Component
final class ReportWriter {

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

	private final Cypher cypher;

	private final SourceFiles sources;

	private final QuotedSources passages;

	private final StateNodes states;

	ReportWriter(Cypher cypher, SourceFiles sources, QuotedSources passages, StateNodes states) {
		this.cypher = cypher;
		this.sources = sources;
		this.passages = passages;
		this.states = states;
	}

	/** @return how many jurisdictions the file names that were matched */
	int write(String importer, ImportFile file, String format, ReportBatch batch, RejectedRows rejected) {
		String fileSource = this.sources.record(importer, file, Map.of("title", format + " (" + file.name() + ")", "kind", "DATA_FILE"));
		Map<String, Object> report = new HashMap<>(batch.properties);
		List<String> reportSources = new ArrayList<>(List.of(fileSource));
		Object url = report.remove("url");
		if (url != null) {
			QuotedSources.Passage page = new QuotedSources.Passage((String) url, "", (String) report.get("title"),
					(String) report.get("publisher"), (java.time.LocalDate) report.get("published"));
			batch.passages.add(page);
			reportSources.add(page.id());
		}
		batch.figureSources.values().forEach(reportSources::addAll);
		this.passages.record(new ArrayList<>(new LinkedHashSet<>(batch.passages)));
		List<Map<String, Object>> mentions = resolve(file, batch, rejected, reportSources, fileSource);
		writeReport(report, batch, reportSources);
		writePlaces(mentions, fileSource);
		Map<String, Object> named = this.cypher.rows("""
				MATCH (r:Report {id: $id})
				UNWIND $mentions AS m
				CALL (m) { OPTIONAL MATCH (c:County {id: m.id}) OPTIONAL MATCH (p:Place {id: m.id}) RETURN coalesce(c, p) AS j }
				WITH r, m, j WHERE j IS NOT NULL
				MERGE (r)-[n:NAMES {key: m.key}]->(j)
				SET n.rank = m.rank, n.figures = m.figures, n.nameAsPrinted = m.nameAsPrinted, n.sortValue = m.sortValue,
				    n.sources = %s
				RETURN count(DISTINCT j) AS named""".formatted(Cypher.sortedSetWith("n.sources", "m.sources")),
				Map.of("id", batch.id(), "mentions", mentions)).get(0);
		return ((Number) named.get("named")).intValue();
	}

	private List<Map<String, Object>> resolve(ImportFile file, ReportBatch batch, RejectedRows rejected,
			List<String> reportSources, String fileSource) {
		Jurisdictions jurisdictions = Jurisdictions.load(this.cypher);
		List<Map<String, Object>> mentions = new ArrayList<>();
		for (ReportBatch.Mention mention : batch.mentions) {
			Jurisdictions.Match match = jurisdictions.match(mention.name(), mention.state());
			if (!match.found()) {
				rejected.add(file.name(), null, mention.row(), mention.column(), mention.nameAsPrinted(),
						"unmatched: " + match.unmatched());
				continue;
			}
			List<String> mentionSources = new ArrayList<>(mention.passageIds());
			mentionSources.add(fileSource);
			if (mention.passageIds().isEmpty()) {
				mentionSources.addAll(reportSources.subList(1, reportSources.size()));
			}
			Map<String, Object> row = new HashMap<>();
			row.put("key", mention.key());
			row.put("id", match.id());
			row.put("label", match.label());
			row.put("name", match.name());
			row.put("state", match.state());
			row.put("nameAsPrinted", mention.nameAsPrinted());
			row.put("rank", mention.rank());
			row.put("figures", json.writeValueAsString(mention.figures()));
			row.put("sortValue", mention.sortValue());
			row.put("sources", List.copyOf(new java.util.TreeSet<>(mentionSources)));
			mentions.add(row);
		}
		return mentions;
	}

	private void writeReport(Map<String, Object> report, ReportBatch batch, List<String> reportSources) {
		List<Map<String, Object>> existing = this.cypher.rows(
				"MATCH (r:Report {id: $id}) RETURN r.figures AS figures, r.figureSources AS figureSources", Map.of("id", batch.id()));
		Map<String, Object> figures = merged(existing.isEmpty() ? null : (String) existing.get(0).get("figures"), batch.figures);
		Map<String, Object> figureSources = merged(existing.isEmpty() ? null : (String) existing.get(0).get("figureSources"),
				new TreeMap<>(batch.figureSources));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", batch.id());
		parameters.put("properties", report);
		parameters.put("figures", figures.isEmpty() ? null : json.writeValueAsString(figures));
		parameters.put("figureSources", figureSources.isEmpty() ? null : json.writeValueAsString(figureSources));
		parameters.put("sources", reportSources);
		this.cypher.run("""
				MERGE (r:Report {id: $id})
				SET r += $properties, r.figures = $figures, r.figureSources = $figureSources
				WITH r
				UNWIND $sources AS sourceId
				MATCH (s:Source {id: sourceId})
				MERGE (r)-[:CITES]->(s)""", parameters);
	}

	private void writePlaces(List<Map<String, Object>> mentions, String fileSource) {
		List<Map<String, Object>> places = mentions.stream().filter(m -> "Place".equals(m.get("label"))).toList();
		if (places.isEmpty()) {
			return;
		}
		this.states.ensure(places.stream().map(m -> (String) m.get("state")).distinct().toList(), fileSource);
		this.cypher.run("""
				MATCH (file:Source {id: $file})
				UNWIND $places AS m
				MATCH (state:State {postal: m.state})
				MERGE (p:Place {id: m.id})
				SET p.state = m.state,
				    p.name = CASE WHEN p.name IS NULL OR size(m.name) > size(p.name) OR (size(m.name) = size(p.name) AND m.name < p.name)
				                  THEN m.name ELSE p.name END
				MERGE (p)-[:CITES]->(file)
				MERGE (p)-[r:IN_STATE]->(state)
				SET r.sources = %s""".formatted(Cypher.sortedSetWith("r.sources", "[$file]")),
				Map.of("file", fileSource, "places", places));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> merged(String existing, Map<String, ?> added) {
		Map<String, Object> all = new TreeMap<>();
		if (existing != null) {
			all.putAll(json.readValue(existing, Map.class));
		}
		all.putAll(added);
		return all;
	}

}
