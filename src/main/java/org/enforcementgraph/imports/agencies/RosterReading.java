package org.enforcementgraph.imports.agencies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.enforcementgraph.agency.AgencyKinds;
import org.enforcementgraph.imports.Columns;
import org.enforcementgraph.imports.ImportCorrections;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * Reads the rows of the FBI's law-enforcement roster ({@code fbi_lee_latest.csv}: ori, data_year, pub_agency_name,
 * state_abbr, county_name, agency_type_name, population, officer_ct, civilian_ct, ...) into {@link RosterRow}s,
 * rejecting rows it cannot use with the reason and recording what it cleaned.
 * <ul>
 * <li>The FBI shortens the names of agencies it files under a parent ("University of Alaska:", "Department of
 * Conservation,"): the trailing colon or comma is dropped, as are surrounding spaces; each is recorded as a correction.</li>
 * <li>Its codes for Nebraska and Guam are {@code NB} and {@code GM}; the graph's (the Postal Service's) are {@code NE}
 * and {@code GU}: cleanups too.</li>
 * <li>{@code FS}, the FBI's code for federal agencies, is no state: those rows are rejected, as the graph holds
 * state and local agencies in their states.</li>
 * </ul>
 */
final class RosterReading {

	static final List<String> COLUMNS = List.of("ori", "data_year", "pub_agency_name", "state_abbr", "county_name",
			"agency_type_name", "population", "officer_ct", "civilian_ct");

	/** Nine characters: the state's two letters, then seven letters or digits (AL0040000, NY030013Y). */
	private static final Pattern ORI = Pattern.compile("[A-Z]{2}[0-9A-Z]{7}");

	private static final Pattern SAYS_POLICE = Pattern.compile("(?i)\\bpolice\\b|public safety");

	private static final Map<String, String> FBI_STATE_CODES = Map.of("GM", "GU", "NB", "NE");

	private final List<RosterRow> rows = new ArrayList<>();

	private final List<ImportCorrections.Cleaned> cleanups = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	List<RosterRow> rows() {
		return this.rows;
	}

	List<ImportCorrections.Cleaned> cleanups() {
		return this.cleanups;
	}

	void read(TableRow row, RejectedRows rejected) {
		String ori = Columns.text(row, "ori").strip().toUpperCase(Locale.ROOT);
		if (!ORI.matcher(ori).matches()) {
			Columns.reject(row, rejected, "ori", "is not an ORI: nine characters, the state's two letters then seven letters or digits");
			return;
		}
		if (!this.seen.add(ori)) {
			Columns.reject(row, rejected, "ori", "appears on an earlier row: the roster lists each agency once");
			return;
		}
		Optional<String> state = state(row, ori, rejected);
		if (state.isEmpty()) {
			return;
		}
		String printed = Columns.text(row, "pub_agency_name");
		String name = printed.strip().replaceAll("\\s*[:,]$", "").strip();
		if (name.isEmpty()) {
			Columns.reject(row, rejected, "pub_agency_name", "is empty: which agency?");
			return;
		}
		if (!name.equals(printed)) {
			this.cleanups.add(new ImportCorrections.Cleaned(row.number(), "pub_agency_name", printed, name, printed.strip().equals(name)
					? "spaces around the name removed" : "the FBI cuts the names of agencies it files under a parent short after"
							+ " a colon or comma; the mark is dropped, the name is otherwise as printed", RosterRow.idOf(ori)));
		}
		Optional<Integer> dataYear = number(row, "data_year", rejected);
		Optional<Integer> population = number(row, "population", rejected);
		Optional<Integer> officers = number(row, "officer_ct", rejected);
		Optional<Integer> civilians = number(row, "civilian_ct", rejected);
		if (dataYear == null || population == null || officers == null || civilians == null) {
			return;
		}
		String type = Columns.value(row, "agency_type_name").orElse(null);
		List<String> counties = List.of(Columns.text(row, "county_name").split(",")).stream().map(String::strip)
			.filter(c -> !c.isEmpty() && !c.equalsIgnoreCase("NOT SPECIFIED")).distinct().toList();
		this.rows.add(new RosterRow(row.number(), ori, name, state.get(), type, kind(name, type), counties,
				dataYear.orElse(null), population.orElse(null), officers.orElse(null), civilians.orElse(null)));
	}

	private Optional<String> state(TableRow row, String ori, RejectedRows rejected) {
		String printed = Columns.text(row, "state_abbr").strip().toUpperCase(Locale.ROOT);
		if (printed.equals("FS")) {
			Columns.reject(row, rejected, "state_abbr", "FS is the FBI's code for federal agencies, which are in no state;"
					+ " the graph holds state and local agencies");
			return Optional.empty();
		}
		String postal = FBI_STATE_CODES.getOrDefault(printed, printed);
		if (StateNames.of(postal).filter(s -> s.postal().equals(postal)).isEmpty()) {
			Columns.reject(row, rejected, "state_abbr", "is not a state's or territory's postal code");
			return Optional.empty();
		}
		if (!postal.equals(printed)) {
			this.cleanups.add(new ImportCorrections.Cleaned(row.number(), "state_abbr", printed, postal,
					"the FBI's code for " + StateNames.of(postal).get().name() + "; the graph uses the Postal Service's", RosterRow.idOf(ori)));
		}
		return Optional.of(postal);
	}

	/** Empty when the cell is empty; null (and the row rejected) when it holds something other than a whole number. */
	private static Optional<Integer> number(TableRow row, String column, RejectedRows rejected) {
		Optional<String> value = Columns.value(row, column);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		if (!value.get().matches("\\d{1,9}")) {
			Columns.reject(row, rejected, column, "is not a whole number");
			return null;
		}
		return Optional.of(Integer.parseInt(value.get()));
	}

	/**
	 * The kind from the FBI's type and the name: a "County" agency named for its county alone ("Autauga") is the
	 * county's sheriff (a county police department says so: "Cobb County Police Department"); a "City" agency so
	 * named is the city's police.
	 */
	static String kind(String name, String type) {
		String byName = AgencyKinds.of(name, null);
		String fbiType = (type == null) ? "" : type.toLowerCase(Locale.ROOT);
		return switch (fbiType) {
			// "Marshall" is a place, not a marshal: only a name that says police makes a county agency police.
			case "county" -> byName.equals("OTHER") || (byName.equals("POLICE") && !SAYS_POLICE.matcher(name).find()) ? "SHERIFF" : byName;
			case "city" -> byName.equals("OTHER") ? "POLICE" : byName;
			case "state police" -> "STATE_AGENCY";
			case "other state agency" -> AgencyKinds.of(name, "State Agency");
			case "university or college" -> "CAMPUS";
			default -> byName;
		};
	}

}
