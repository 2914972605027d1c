package org.enforcementgraph.imports.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.GraphException;

/**
 * TRAC's detainer counts by county, scraped 2017-06-28 from trac.syr.edu and summed by county in the austinbrian/sheriffs
 * repository ({@code State, County, All, Yes, No}: detainers, and whether ICE took custody). A county row names the
 * county; a state's {@code All} row is a state total, kept in the report's figures.
 */
final class TracDetainers {

	static final List<String> COUNTY_COLUMNS = List.of("state", "county", "all", "yes", "no");

	static final List<String> FACILITY_COLUMNS = List.of("state", "jurisdiction", "all", "yes", "no", "county", "facility");

	private TracDetainers() {
	}

	static Map<String, Object> properties() {
		Map<String, Object> report = new HashMap<>();
		report.put("id", "report:trac-detainers-2017-06-28");
		report.put("kind", "DETAINER_STATISTICS");
		report.put("title", "TRAC Immigration: ICE detainers by county (as scraped 2017-06-28)");
		report.put("publisher", "Transactional Records Access Clearinghouse (TRAC), Syracuse University");
		report.put("published", LocalDate.parse("2017-06-28"));
		report.put("url", "https://trac.syr.edu/phptools/immigration/detain/");
		return report;
	}

	static void refuseFacilityFile(String file) {
		throw new GraphException(file + ": holds TRAC's counts per jail; import the county roll-up of the same data "
				+ "(county_rollup_ice_detainees.csv), which sums these rows by county");
	}

	static void read(List<TableRow> rows, ReportBatch batch, RejectedRows rejected) {
		Map<String, Object> byState = new TreeMap<>();
		for (TableRow row : rows) {
			Optional<String> state = Jurisdictions.state(Columns.text(row, "state")).map(s -> s.postal());
			if (state.isEmpty()) {
				Columns.reject(row, rejected, "state", "is not a US state or territory");
				continue;
			}
			Map<String, Object> figures = new TreeMap<>();
			boolean counted = true;
			for (String[] column : new String[][] { { "all", "detainers" }, { "yes", "iceTookCustody" }, { "no", "iceDidNotTakeCustody" } }) {
				Optional<String> text = Columns.value(row, column[0]);
				if (text.isEmpty() && !"all".equals(column[0])) {
					continue; // a blank Yes or No is unknown, not 0
				}
				Optional<Long> count = text.flatMap(Numbers::count);
				if (count.isEmpty()) {
					Columns.reject(row, rejected, column[0], "is not a count");
					counted = false;
					break;
				}
				figures.put(column[1], count.get());
			}
			if (!counted) {
				continue;
			}
			String county = Columns.text(row, "county").strip();
			if ("All".equals(county)) {
				byState.put(state.get(), figures);
				continue;
			}
			batch.mentions.add(new ReportBatch.Mention("county-total", county + ", " + Columns.text(row, "state").strip(),
					county, state.get(), null, figures, (Number) figures.get("detainers"), List.of(), row.number(), "county"));
		}
		if (!byState.isEmpty()) {
			batch.figure("detainersByState", byState, null);
		}
	}

}
