package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.enforcementgraph.imports.Dates;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;
import org.enforcementgraph.system.GraphException;

/**
 * Reads the facilities table of one of ICE's yearly detention statistics workbooks (FY19 to FY26): the sheet whose
 * name starts with "Facilities", its header row found by its columns (it moves between row 6 and row 10), the fiscal
 * year from the {@code FYxx ALOS} column and the data date from the "Source: ICE Integrated Decision Support (IIDS),
 * MM/DD/YYYY" line above it. Each facility row becomes the properties of one FacilityYear; footnotes under the table
 * are rejected rows.
 */
final class DetentionStatsWorkbook {

	static final List<String> REQUIRED = List.of("Name", "City", "State", "Type Detailed");

	private static final Pattern ALOS = Pattern.compile("FY(\\d{2}) ALOS");

	private static final Pattern DATA_DATE = Pattern.compile("IIDS\\)?,?\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");

	/** ADP columns and the property each becomes. */
	private static final Map<String, String> ADP = Map.ofEntries(Map.entry("LEVEL A", "adpLevelA"),
			Map.entry("LEVEL B", "adpLevelB"), Map.entry("LEVEL C", "adpLevelC"), Map.entry("LEVEL D", "adpLevelD"),
			Map.entry("MALE CRIM", "adpMaleCriminal"), Map.entry("MALE NON-CRIM", "adpMaleNonCriminal"),
			Map.entry("FEMALE CRIM", "adpFemaleCriminal"), Map.entry("FEMALE NON-CRIM", "adpFemaleNonCriminal"),
			Map.entry("ICE THREAT LEVEL 1", "adpThreatLevel1"), Map.entry("ICE THREAT LEVEL 2", "adpThreatLevel2"),
			Map.entry("ICE THREAT LEVEL 3", "adpThreatLevel3"), Map.entry("NO ICE THREAT LEVEL", "adpNoThreatLevel"),
			Map.entry("MANDATORY", "adpMandatory"));

	private DetentionStatsWorkbook() {
	}

	/** The facility rows of one fiscal year, as read. */
	record Table(String sheet, int fiscalYear, LocalDate dataDate, int rowsRead, List<YearRow> rows) {
	}

	/** One facility row: the FacilityYear's properties, and the correction made to it, if any. */
	record YearRow(Map<String, Object> properties, String correctedState) {
	}

	static Table read(ImportFile file, Workbook workbook, RejectedRows rejected) {
		Spreadsheets.Table table = Spreadsheets.table(file, workbook,
				name -> name.strip().toLowerCase(Locale.ROOT).startsWith("facilities"), REQUIRED, 20);
		Sheet sheet = workbook.getSheet(table.sheet());
		int fiscalYear = fiscalYear(file, table);
		LocalDate dataDate = dataDate(sheet, table.headerRow());
		SheetValues values = new SheetValues(sheet, table.headers());
		List<YearRow> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			read(file, table.sheet(), row, values, fiscalYear, dataDate, rejected).ifPresent(rows::add);
		}
		if (rows.isEmpty()) {
			throw new GraphException(file.name() + ", sheet '" + table.sheet() + "': no facility rows under the header (row "
					+ table.headerRow() + ")");
		}
		return new Table(table.sheet(), fiscalYear, dataDate, table.rows().size(), rows);
	}

	private static Optional<YearRow> read(ImportFile file, String sheet, TableRow row, SheetValues values, int fiscalYear,
			LocalDate dataDate, RejectedRows rejected) {
		String name = row.text("NAME").strip().replaceAll("\\s+", " ");
		String state = row.text("STATE").strip().toUpperCase(Locale.ROOT);
		boolean footnote = row.text("CITY").isBlank() && state.isEmpty() && row.text("AOR").isBlank()
				&& row.text("TYPE DETAILED").isBlank();
		if (footnote) {
			rejected.add(file.name(), sheet, row.number(), "Name", name, "a note under the table, not a facility");
			return Optional.empty();
		}
		if (name.isEmpty()) {
			rejected.add(file.name(), sheet, row.number(), "Name", "", "the row names no facility");
			return Optional.empty();
		}
		String zip = FacilityKeys.zip(row.text("ZIP"));
		String correctedState = null;
		if (state.isEmpty()) {
			Optional<String> fromZip = ZipStates.of(zip);
			if (fromZip.isEmpty()) {
				rejected.add(file.name(), sheet, row.number(), "State", "", "no state, and the ZIP code does not tell it");
				return Optional.empty();
			}
			state = fromZip.get();
			correctedState = state;
		}
		if (state.length() != 2 || StateNames.of(state).isEmpty()) {
			rejected.add(file.name(), sheet, row.number(), "State", state, "not a USPS state code");
			return Optional.empty();
		}
		String city = row.text("CITY").strip().replaceAll("\\s+", " ");
		String address = row.text("ADDRESS").strip().replaceAll("\\s+", " ");
		Map<String, Object> p = new HashMap<>();
		p.put("observation", file.sourceId() + ":" + String.format("%05d", row.number()));
		p.put("fiscalYear", fiscalYear);
		p.put("dataDate", dataDate);
		p.put("name", name);
		p.put("address", address.isEmpty() ? null : address);
		p.put("city", city.isEmpty() ? null : city);
		p.put("state", state);
		p.put("zip", zip);
		p.put("aor", row.value("AOR").map(a -> a.toUpperCase(Locale.ROOT)).orElse(null));
		p.put("type", row.value("TYPE DETAILED").orElse(null));
		p.put("gender", row.value("MALE/FEMALE").orElse(null));
		p.put("nameKey", FacilityKeys.name(name));
		p.put("cityAddressKey", FacilityKeys.cityAddress(city, address));
		p.put("averageLengthOfStay", values.number(row, "FY" + (fiscalYear % 100) + " ALOS").orElse(null));
		ADP.forEach((column, property) -> p.put(property, values.number(row, column).orElse(null)));
		p.put("adpCriminal", sum(p.get("adpMaleCriminal"), p.get("adpFemaleCriminal")));
		p.put("adpNonCriminal", sum(p.get("adpMaleNonCriminal"), p.get("adpFemaleNonCriminal")));
		p.put("averageDailyPopulation", sum(p.get("adpCriminal"), p.get("adpNonCriminal")));
		p.put("guaranteedMinimum", values.number(row, "GUARANTEED MINIMUM").map(Double::longValue).orElse(null));
		p.put("lastInspectionType", first(row, "LAST INSPECTION TYPE"));
		p.put("lastInspectionStandard", first(row, "LAST INSPECTION STANDARD", "ODO LAST INSPECTION STANDARD"));
		p.put("lastInspectionRating", first(row, "LAST INSPECTION RATING - FINAL", "ODO FINAL RATING", "LAST FINAL RATING"));
		p.put("lastInspectionDate", firstDate(row, values, "LAST INSPECTION DATE", "ODO INSPECTION END DATE",
				"LAST INSPECTION END DATE"));
		p.put("stateAsPrinted", (correctedState != null) ? "" : null);
		return Optional.of(new YearRow(p, correctedState));
	}

	private static Object sum(Object a, Object b) {
		if (a == null && b == null) {
			return null;
		}
		return ((a != null) ? (Double) a : 0d) + ((b != null) ? (Double) b : 0d);
	}

	private static String first(TableRow row, String... columns) {
		for (String column : columns) {
			Optional<String> value = row.value(column).filter(v -> !v.equals("*") && !v.equalsIgnoreCase("N/A"));
			if (value.isPresent()) {
				return value.get();
			}
		}
		return null;
	}

	private static LocalDate firstDate(TableRow row, SheetValues values, String... columns) {
		for (String column : columns) {
			Optional<LocalDate> date = values.date(row, column);
			if (date.isPresent()) {
				return date.get();
			}
		}
		return null;
	}

	private static int fiscalYear(ImportFile file, Spreadsheets.Table table) {
		for (String header : table.headers()) {
			Matcher m = ALOS.matcher(header);
			if (m.matches()) {
				return 2000 + Integer.parseInt(m.group(1));
			}
		}
		throw new GraphException(file.name() + ", sheet '" + table.sheet() + "', row " + table.headerRow()
				+ ": no column 'FYxx ALOS' saying which fiscal year the statistics are of; found " + table.headers());
	}

	/** The date of the data pull printed above the header, or null when the sheet does not print one. */
	private static LocalDate dataDate(Sheet sheet, int headerRow) {
		for (int r = 0; r < headerRow - 1; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				Matcher m = DATA_DATE.matcher(cell.toString());
				if (m.find()) {
					return Dates.parse(m.group(1)).orElse(null);
				}
			}
		}
		return null;
	}

}
