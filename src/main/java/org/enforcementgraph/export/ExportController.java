package org.enforcementgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.enforcementgraph.system.backup.GraphExport;
import org.enforcementgraph.system.graphql.Arguments;

/**
 * Downloads for dashboards: counties as CSV or GeoJSON and facilities as CSV, as of a day; and the whole graph with
 * its sources as JSON Lines (the format of {@code export}).
 */
@RestController
final class ExportController {

	private final DashboardData data;

	private final GraphExport export;

	ExportController(DashboardData data, GraphExport export) {
		this.data = data;
		this.export = export;
	}

	@GetMapping("/export/counties.csv")
	void countiesCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String state, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now();
		try (Writer out = open(response, "text/csv", "counties-" + day + ".csv")) {
			DashboardFormats.csv(DashboardData.COUNTY_COLUMNS, this.data.counties(day, Arguments.postal("state", state), false), out);
		}
	}

	@GetMapping("/export/counties.geojson")
	void countiesGeoJson(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String state, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now();
		try (Writer out = open(response, "application/geo+json", "counties-" + day + ".geojson")) {
			DashboardFormats.geoJson(DashboardData.COUNTY_COLUMNS, this.data.counties(day, Arguments.postal("state", state), true), out);
		}
	}

	@GetMapping("/export/facilities.csv")
	void facilitiesCsv(HttpServletResponse response) throws IOException {
		try (Writer out = open(response, "text/csv", "facilities.csv")) {
			DashboardFormats.csv(DashboardData.FACILITY_COLUMNS, this.data.facilities(), out);
		}
	}

	@GetMapping("/export/graph.jsonl")
	void graph(HttpServletResponse response) throws IOException {
		try (Writer out = open(response, "application/x-ndjson", "enforcement-graph.jsonl")) {
			this.export.write(out);
		}
	}

	private static Writer open(HttpServletResponse response, String type, String fileName) throws IOException {
		response.setContentType(type + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
