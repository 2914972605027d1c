package org.enforcementgraph.imports.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.enforcementgraph.imports.QuotedSources;

/**
 * What one file says about one report: the report itself ({@code properties}), its figures (each with the passages
 * that back it), the jurisdictions it names, and the passages to record as Sources.
 */
final class ReportBatch {

	/** A jurisdiction the report names, as printed, with its figures; {@code key} tells apart entries of one report. */
	record Mention(String key, String nameAsPrinted, String name, String state, Integer rank, Map<String, Object> figures,
			Number sortValue, List<String> passageIds, int row, String column) {
	}

	final Map<String, Object> properties;

	final Map<String, Object> figures = new TreeMap<>();

	final Map<String, List<String>> figureSources = new TreeMap<>();

	final List<Mention> mentions = new ArrayList<>();

	final List<QuotedSources.Passage> passages = new ArrayList<>();

	ReportBatch(Map<String, Object> properties) {
		this.properties = properties;
	}

	String id() {
		return (String) this.properties.get("id");
	}

	void figure(String name, Object value, QuotedSources.Passage passage) {
		this.figures.put(name, value);
		if (passage != null) {
			this.passages.add(passage);
			this.figureSources.put(name, List.of(passage.id()));
		}
	}

	void mention(Mention mention, QuotedSources.Passage passage) {
		this.mentions.add(mention);
		if (passage != null) {
			this.passages.add(passage);
		}
	}

}
