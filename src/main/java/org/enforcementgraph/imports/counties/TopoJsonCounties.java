package org.enforcementgraph.imports.counties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.state.StateNames;
import org.enforcementgraph.system.GraphException;

/**
 * Reads the counties of a us-atlas TopoJSON file ({@code counties-10m.json}: object {@code counties}, each geometry
 * with the FIPS code as {@code id} and the short name in {@code properties.name}) and turns each outline into GeoJSON,
 * so maps can draw it without a TopoJSON library. Coordinates are rounded to 4 decimals (about 10 m), finer than
 * the file's own quantization.
 */
final class TopoJsonCounties {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode arcs;

	private final double[] scale;

	private final double[] translate;

	private TopoJsonCounties(JsonNode topology) {
		this.arcs = topology.path("arcs");
		JsonNode transform = topology.path("transform");
		this.scale = transform.isMissingNode() ? null
				: new double[] { transform.path("scale").path(0).asDouble(), transform.path("scale").path(1).asDouble() };
		this.translate = transform.isMissingNode() ? null
				: new double[] { transform.path("translate").path(0).asDouble(), transform.path("translate").path(1).asDouble() };
	}

	static List<CountyRecord> read(ImportFile file, RejectedRows rejected) {
		JsonNode topology;
		try {
			topology = JSON.readTree(file.bytes());
		}
		catch (RuntimeException ex) {
			throw new GraphException(file.name() + ": not a JSON file (" + ex.getMessage() + ")", ex);
		}
		JsonNode geometries = topology.path("objects").path("counties").path("geometries");
		if (!"Topology".equals(topology.path("type").asString(null)) || !geometries.isArray()) {
			throw new GraphException(file.name() + ": not a us-atlas county TopoJSON (expected \"type\": \"Topology\" with "
					+ "objects.counties.geometries)");
		}
		TopoJsonCounties reader = new TopoJsonCounties(topology);
		List<CountyRecord> counties = new ArrayList<>();
		for (int i = 0; i < geometries.size(); i++) {
			JsonNode geometry = geometries.get(i);
			int row = i + 1;
			String fips = geometry.path("id").asString("");
			String name = geometry.path("properties").path("name").asString("").strip();
			if (!fips.matches("\\d{5}")) {
				rejected.add(file.name(), "objects.counties.geometries", row, "id", fips, "not a five-digit FIPS code");
				continue;
			}
			var state = StateNames.ofFips(fips.substring(0, 2));
			if (state.isEmpty()) {
				rejected.add(file.name(), "objects.counties.geometries", row, "id", fips, "no state has FIPS code " + fips.substring(0, 2));
				continue;
			}
			if (name.isEmpty()) {
				rejected.add(file.name(), "objects.counties.geometries", row, "properties.name", "", "the county has no name");
				continue;
			}
			counties.add(new CountyRecord(row, fips, state.get().postal(), name, reader.geoJson(file, row, geometry)));
		}
		return counties;
	}

	private String geoJson(ImportFile file, int row, JsonNode geometry) {
		String type = geometry.path("type").asString("");
		ObjectNode out = JsonNodeFactory.instance.objectNode();
		switch (type) {
			case "Polygon" -> out.put("type", "Polygon").set("coordinates", polygon(file, row, geometry.path("arcs")));
			case "MultiPolygon" -> {
				ArrayNode polygons = out.put("type", "MultiPolygon").putArray("coordinates");
				geometry.path("arcs").forEach(polygon -> polygons.add(polygon(file, row, polygon)));
			}
			default -> {
				return null;
			}
		}
		return JSON.writeValueAsString(out);
	}

	private ArrayNode polygon(ImportFile file, int row, JsonNode rings) {
		ArrayNode polygon = JsonNodeFactory.instance.arrayNode();
		rings.forEach(ring -> polygon.add(ring(file, row, ring)));
		return polygon;
	}

	/** A ring is a list of arc indexes; {@code ~i} (negative) means arc {@code i} reversed. Arcs share end points. */
	private ArrayNode ring(ImportFile file, int row, JsonNode arcIndexes) {
		ArrayNode ring = JsonNodeFactory.instance.arrayNode();
		for (JsonNode index : arcIndexes) {
			int arc = index.asInt();
			List<double[]> points = arc(file, row, (arc < 0) ? ~arc : arc);
			if (arc < 0) {
				Collections.reverse(points);
			}
			for (int p = (ring.isEmpty() ? 0 : 1); p < points.size(); p++) {
				ring.addArray().add(round(points.get(p)[0])).add(round(points.get(p)[1]));
			}
		}
		return ring;
	}

	private List<double[]> arc(ImportFile file, int row, int index) {
		JsonNode arc = this.arcs.path(index);
		if (!arc.isArray()) {
			throw new GraphException(file.name() + ", county " + row + ": refers to arc " + index + ", which the file lacks");
		}
		List<double[]> points = new ArrayList<>(arc.size());
		double x = 0;
		double y = 0;
		for (JsonNode position : arc) {
			if (this.scale != null) {
				x += position.path(0).asDouble();
				y += position.path(1).asDouble();
				points.add(new double[] { x * this.scale[0] + this.translate[0], y * this.scale[1] + this.translate[1] });
			}
			else {
				points.add(new double[] { position.path(0).asDouble(), position.path(1).asDouble() });
			}
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 10_000d) / 10_000d;
	}

}
