package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;

/**
 * Reads the list of ICE ERO field offices ({@code canonical_id, canonical_name, address, city, state, zip, detloc,
 * facility_type_wiki, area_of_responsibility, phone, outreach_email}) into FieldOffice nodes keyed by their AOR code
 * ({@link FieldOfficeCodes}).
 */
@Component
final class FieldOfficeList {

	static final List<String> COLUMNS = List.of("canonical_name", "address", "city", "state", "zip", "detloc",
			"area_of_responsibility");

	private final SourceFiles sources;

	private final Cypher cypher;

	FieldOfficeList(SourceFiles sources, Cypher cypher) {
		this.sources = sources;
		this.cypher = cypher;
	}

	ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		Spreadsheets.Table table = CsvTables.read(file, ',', COLUMNS);
		List<Map<String, Object>> offices = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (TableRow row : table.rows()) {
			String name = row.text("CANONICAL_NAME").strip();
			var code = FieldOfficeCodes.ofOfficeName(name);
			if (code.isEmpty()) {
				rejected.add(file.name(), null, row.number(), "canonical_name", name,
						"not an ICE ERO field office this importer knows the AOR code of (FieldOfficeCodes)");
				continue;
			}
			String detloc = value(row, "DETLOC");
			if (detloc != null && detloc.endsWith("HOLD") && !detloc.startsWith(code.get())) {
				throw row.problem("DETLOC", "is the hold room of another office than " + name + " (AOR " + code.get()
						+ "); the table of AOR codes (FieldOfficeCodes) and this file disagree");
			}
			if (!codes.add(code.get())) {
				rejected.add(file.name(), null, row.number(), "canonical_name", name,
						"a second row for field office " + code.get());
				continue;
			}
			Map<String, Object> office = new HashMap<>();
			office.put("id", "field-office:" + code.get());
			office.put("code", code.get());
			office.put("name", name);
			office.put("address", value(row, "ADDRESS"));
			office.put("city", value(row, "CITY"));
			office.put("state", value(row, "STATE"));
			office.put("zip", value(row, "ZIP"));
			office.put("holdRoomDetloc", detloc);
			office.put("areaOfResponsibility", value(row, "AREA_OF_RESPONSIBILITY"));
			office.put("phone", value(row, "PHONE"));
			office.put("email", value(row, "OUTREACH_EMAIL"));
			offices.add(office);
		}
		if (offices.isEmpty()) {
			throw new GraphException(file.name() + ": no field office in it (every row was rejected)");
		}
		String sourceId = this.sources.record(FieldOfficesImporter.NAME, file, FieldOfficesImporter.source(
				"ICE ERO field offices (" + file.name() + ")",
				"U.S. Immigration and Customs Enforcement (Field Offices page), compiled by CarwilB/ice-detention"));
		this.cypher.run("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $offices AS office
				MERGE (f:FieldOffice {id: office.id})
				SET f += office
				MERGE (f)-[:CITES]->(source)""", Map.of("sourceId", sourceId, "offices", offices));
		return new ImportSummary().add("rows read", table.rows().size())
			.add("field offices", offices.size())
			.add("rows rejected", rejected.count());
	}

	/** The stripped cell, or null when empty or "NA" (how the file writes a missing value). */
	static String value(TableRow row, String column) {
		return row.value(column).filter(v -> !v.equals("NA")).orElse(null);
	}

}
