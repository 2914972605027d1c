package org.enforcementgraph.imports.detention;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import field-offices FILE...}: ICE's ERO field offices (the CarwilB/ice-detention list of ICE's Field
 * Offices page) and which office's area of responsibility covers each county (the UWCHR/ice-facilities county
 * table). The county table links to County nodes, so counties must be imported first; a county FIPS the graph does
 * not hold is a rejected row. Both files may come in any order: the county table alone makes the offices by code,
 * the office list adds their names and addresses.
 */
@Component
@CommandInfo(name = "field-offices", usage = "FILE...",
		summary = "ICE ERO field offices (ero-field-offices-canonical.csv) and the county to area-of-responsibility table (county_aor.csv); import counties first")
final class FieldOfficesImporter implements Importer {

	static final String NAME = "field-offices";

	private final FileImports imports;

	private final FieldOfficeList offices;

	private final CountyAorTable counties;

	FieldOfficesImporter(FileImports imports, FieldOfficeList offices, CountyAorTable counties) {
		this.imports = imports;
		this.offices = offices;
		this.counties = counties;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of(), Set.of());
		return this.imports.run(NAME, arguments.existingFiles(false), this::importFile, arguments.rejectedReport(NAME),
				out);
	}

	private ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		String header = firstLine(file).toLowerCase(java.util.Locale.ROOT);
		if (header.contains("canonical_name")) {
			return this.offices.importFile(file, rejected);
		}
		if (header.contains("geoid") && header.contains("aor")) {
			return this.counties.importFile(file, rejected);
		}
		throw new GraphException(file.name() + ", row 1: neither the field-office list (columns canonical_id, "
				+ "canonical_name, address, city, state, zip, detloc, ...) nor the county table (columns geoid, ..., aor); "
				+ "found '" + abbreviate(firstLine(file)) + "'");
	}

	private static String firstLine(ImportFile file) {
		String text = new String(file.bytes(), 0, Math.min(file.bytes().length, 4096), StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).replace("\uFEFF", "").strip();
	}

	private static String abbreviate(String text) {
		return (text.length() > 120) ? text.substring(0, 120) + "..." : text;
	}

	static Map<String, Object> source(String title, String publisher) {
		return Map.of("title", title, "publisher", publisher, "kind", "DATA_FILE");
	}

}
