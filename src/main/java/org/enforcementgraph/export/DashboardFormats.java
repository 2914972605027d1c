package org.enforcementgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes export rows as CSV (RFC 4180, lists joined with {@code ;}) or as a GeoJSON FeatureCollection of counties. */
final class DashboardFormats {

	private static final JsonMapper json = JsonMapper.builder().build();

	private DashboardFormats() {
	}

	static void csv(List<String> columns, List<Map<String, Object>> rows, Writer out) throws IOException {
		out.write(String.join(",", columns));
		out.write("\r\n");
		for (Map<String, Object> row : rows) {
			StringBuilder line = new StringBuilder();
			for (String column : columns) {
				if (!line.isEmpty() || column != columns.get(0)) {
					line.append(',');
				}
				line.append(quote(text(row.get(column))));
			}
			out.write(line.append("\r\n").toString());
		}
	}

	static void geoJson(List<String> columns, List<Map<String, Object>> rows, Writer out) throws IOException {
		out.write("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean first = true;
		for (Map<String, Object> row : rows) {
			Map<String, Object> properties = new LinkedHashMap<>();
			columns.forEach(c -> properties.put(c, row.get(c)));
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", row.get("fips"));
			Object geometry = row.get("geometry");
			feature.put("geometry", (geometry instanceof String text) ? json.readTree(text) : null);
			feature.put("properties", properties);
			out.write((first ? "" : ",") + json.writeValueAsString(feature));
			first = false;
		}
		out.write("]}");
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join(";", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	private static String quote(String value) {
		return (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r"))
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
