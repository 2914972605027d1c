package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;

import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * Reads ICE's 2015 list of authorized facilities ("Authorized DMCP Facilities", sheet {@code Facility List - Main},
 * "FY2016 data: IIDS as of 12/08/2015"): each facility's DETLOC, name, address, county, type, operator and owner,
 * capacity and best known contract dates.
 */
final class FacilityListing2015 {

	static final String SHEET = "Facility List - Main";

	static final List<String> REQUIRED = List.of("DETLOC", "Name", "City", "County", "State", "Facility Operator",
			"Facility Owner");

	private FacilityListing2015() {
	}

	static boolean isListing(Workbook workbook) {
		return workbook.getSheet(SHEET) != null;
	}

	record Listing(String sheet, int rowsRead, List<ReferenceRow> rows) {
	}

	static Listing read(ImportFile file, Workbook workbook, RejectedRows rejected) {
		Spreadsheets.Table table = Spreadsheets.table(file, workbook, SHEET::equals, REQUIRED, 20);
		SheetValues values = new SheetValues(workbook.getSheet(table.sheet()), table.headers());
		List<ReferenceRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (TableRow row : table.rows()) {
			String detloc = row.text("DETLOC").strip().toUpperCase(Locale.ROOT);
			String state = row.text("STATE").strip().toUpperCase(Locale.ROOT);
			String name = clean(row.text("NAME"));
			if (!detloc.matches("[A-Z0-9]{2,10}")) {
				rejected.add(file.name(), table.sheet(), row.number(), "DETLOC", detloc, "not an ICE facility code (DETLOC)");
			}
			else if (!seen.add(detloc)) {
				rejected.add(file.name(), table.sheet(), row.number(), "DETLOC", detloc, "a second row for this DETLOC");
			}
			else if (StateNames.of(state).isEmpty() || state.length() != 2) {
				rejected.add(file.name(), table.sheet(), row.number(), "State", state, "not a USPS state code");
			}
			else if (name.isEmpty()) {
				rejected.add(file.name(), table.sheet(), row.number(), "Name", "", "the facility has no name");
			}
			else {
				rows.add(reference(row, values, detloc, state, name));
			}
		}
		return new Listing(table.sheet(), table.rows().size(), rows);
	}

	private static ReferenceRow reference(TableRow row, SheetValues values, String detloc, String state, String name) {
		String address = clean(row.text("ADDRESS"));
		String city = clean(row.text("CITY"));
		String operator = clean(row.text("FACILITY OPERATOR"));
		String owner = clean(row.text("FACILITY OWNER"));
		Map<String, Object> p = new HashMap<>();
		p.put("listingName", name);
		p.put("listingAddress", blankToNull(address));
		p.put("listingCity", blankToNull(city));
		p.put("listingCounty", blankToNull(clean(row.text("COUNTY"))));
		p.put("listingZip", FacilityKeys.zip(row.text("ZIP")));
		p.put("listingType", blankToNull(clean(row.text("TYPE"))));
		p.put("listingTypeDetailed", blankToNull(clean(row.text("TYPE DETAILED"))));
		p.put("listingGender", blankToNull(clean(row.text("MALE/FEMALE"))));
		p.put("listingCapacity", blankToNull(clean(row.text("CAPACITY"))));
		p.put("listingOperator", blankToNull(operator));
		p.put("listingOwner", blankToNull(owner));
		p.put("listingContractStart", values.date(row, "BEST KNOWN CONTRACT INITIATION DATE").orElse(null));
		p.put("listingContractEnd", values.date(row, "BEST KNOWN CONTRACT EXPIRATION DATE").orElse(null));
		p.put("listingPerDiem", blankToNull(clean(row.text("PER DIEM RATE DETAILED"))));
		p.put("listingAuthority", blankToNull(clean(row.text("AUTHORIZING AUTHORITY"))));
		return new ReferenceRow(row.number(), detloc, state, FacilityKeys.name(name), FacilityKeys.cityAddress(city, address),
				operator, owner, p);
	}

	static String clean(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	static String blankToNull(String text) {
		return (text == null || text.isEmpty() || text.equals("NA")) ? null : text;
	}

}
