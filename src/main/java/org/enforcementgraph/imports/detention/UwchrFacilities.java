package org.enforcementgraph.imports.detention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.Dates;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;
import org.enforcementgraph.system.GraphException;

import static org.enforcementgraph.imports.detention.FacilityListing2015.blankToNull;
import static org.enforcementgraph.imports.detention.FacilityListing2015.clean;

/**
 * Reads the UW Center for Human Rights' list of 1,532 ICE facilities ({@code facilities.csv.gz}, gzip, pipe-delimited:
 * {@code detloc|name|address|city|county|state|zip|circuit|aor|docket|type|type_detailed|...}), built from ICE's
 * facility list of November 2017 (NIJC FOIA). It gives the DETLOC and county of facilities the yearly statistics
 * name without either.
 */
final class UwchrFacilities {

	static final List<String> REQUIRED = List.of("detloc", "name", "address", "city", "county", "state", "zip", "aor",
			"type_detailed");

	private UwchrFacilities() {
	}

	static boolean isGzip(ImportFile file) {
		return file.bytes().length > 2 && (file.bytes()[0] & 0xff) == 0x1f && (file.bytes()[1] & 0xff) == 0x8b;
	}

	/** The file's text, unzipped when it is gzip; the Source stays that of the file's own bytes. */
	static ImportFile unzipped(ImportFile file) {
		if (!isGzip(file)) {
			return file;
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file.bytes()))) {
			return new ImportFile(file.path(), in.readAllBytes(), file.sha256());
		}
		catch (IOException ex) {
			throw new GraphException(file.name() + ": a gzip file that cannot be unpacked (" + ex.getMessage() + ")", ex);
		}
	}

	record Listing(int rowsRead, List<ReferenceRow> rows) {
	}

	static Listing read(ImportFile file, RejectedRows rejected) {
		Spreadsheets.Table table = CsvTables.read(file, '|', REQUIRED);
		List<ReferenceRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (TableRow row : table.rows()) {
			String detloc = row.text("DETLOC").strip().toUpperCase(Locale.ROOT);
			String state = row.text("STATE").strip().toUpperCase(Locale.ROOT);
			String name = clean(row.text("NAME"));
			if (!detloc.matches("[A-Z0-9]{2,10}")) {
				rejected.add(file.name(), null, row.number(), "detloc", detloc, "not an ICE facility code (DETLOC)");
			}
			else if (!seen.add(detloc)) {
				rejected.add(file.name(), null, row.number(), "detloc", detloc, "a second row for this DETLOC");
			}
			else if (state.length() != 2 || StateNames.of(state).isEmpty()) {
				rejected.add(file.name(), null, row.number(), "state", state, "not a USPS state code");
			}
			else if (name.isEmpty()) {
				rejected.add(file.name(), null, row.number(), "name", "", "the facility has no name");
			}
			else {
				rows.add(reference(row, detloc, state, name));
			}
		}
		return new Listing(table.rows().size(), rows);
	}

	private static ReferenceRow reference(TableRow row, String detloc, String state, String name) {
		String address = clean(row.text("ADDRESS"));
		String city = clean(row.text("CITY"));
		Map<String, Object> p = new HashMap<>();
		p.put("uwchrName", name);
		p.put("uwchrAddress", blankToNull(address));
		p.put("uwchrCity", blankToNull(city));
		p.put("uwchrCounty", blankToNull(clean(row.text("COUNTY"))));
		p.put("uwchrZip", FacilityKeys.zip(row.text("ZIP")));
		p.put("uwchrAor", blankToNull(clean(row.text("AOR")).toUpperCase(Locale.ROOT)));
		p.put("uwchrType", blankToNull(clean(row.text("TYPE"))));
		p.put("uwchrTypeDetailed", blankToNull(clean(row.text("TYPE_DETAILED"))));
		p.put("uwchrCapacity", blankToNull(clean(row.text("CAPACITY"))));
		p.put("uwchrGuaranteedMinimum", blankToNull(clean(row.text("GUARANTEED_MINIMUM"))));
		p.put("uwchrFirstUse", Dates.parse(row.text("DATE_OF_FIRST_USE")).orElse(null));
		p.put("uwchrLastUse", Dates.parse(row.text("DATE_OF_LAST_USE")).orElse(null));
		return new ReferenceRow(row.number(), detloc, state, FacilityKeys.name(name), FacilityKeys.cityAddress(city, address),
				null, null, p);
	}

}
