package org.enforcementgraph.imports.wapo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * Reads the Washington Post's curated 287(g) sheet (one row per agency, 2005–2019). The sheet is hand-kept: states
 * in capitals or not, left blank under the state above, a second section ("COUNTIES THAT ENDED 287(g)") with its
 * own heading row, sheriffs' offices named by their county, misspelled "Sherrifs", heads named with party, notes and
 * "-- DELETE" marks. Each is read as meant and, where it differs from what is printed, recorded as a clean-up.
 */
final class WapoSheet {

	static final int FIRST_YEAR = 2005;

	static final int LAST_YEAR = 2019;

	private static final Pattern SHERIFF_WORDS = Pattern.compile(
			"(?i)\\s+sh[e]?r+i+f+'?s?'?s?(?:\\s+(office|offic|department|dept\\.?))?\\s*$");

	private static final Pattern BARE_COUNTY = Pattern.compile("(?i)^(.+\\s(county|parish))$");

	private static final Pattern ORI = Pattern.compile("[A-Z]{2}[0-9A-Z]{5}([0-9A-Z]{2})?");

	private WapoSheet() {
	}

	/** A clean-up: the row, the column, what was printed and what is used. */
	record Cleanup(int row, String column, String printed, String used, String reason) {
	}

	static List<WapoRow> read(Spreadsheets.Table table, String file, RejectedRows rejected, List<Cleanup> cleanups) {
		List<WapoRow> rows = new ArrayList<>();
		String stateAbove = null;
		for (TableRow row : table.rows()) {
			String stateText = row.text("STATE").strip();
			String name = row.text("COUNTY").strip().replaceAll("\\s+", " ");
			if (stateText.toUpperCase(Locale.ROOT).startsWith("STATE")) {
				rejected.add(file, row.sheet(), row.number(), "State", stateText, "a section heading, not an agency");
				continue;
			}
			Optional<StateNames.State> state = StateNames.of(stateText);
			if (stateText.isEmpty() && stateAbove != null && !name.isEmpty()) {
				state = StateNames.of(stateAbove);
				cleanups.add(new Cleanup(row.number(), "State", "", state.get().name(), "blank: the state of the row above"));
			}
			if (state.isEmpty()) {
				rejected.add(file, row.sheet(), row.number(), "State", stateText, "not a US state or territory");
				continue;
			}
			stateAbove = state.get().name();
			if (name.isEmpty()) {
				rejected.add(file, row.sheet(), row.number(), "County", "", "no agency named");
				continue;
			}
			String head = row.text("SHERIFF").strip();
			boolean sheriffNamed = !head.isEmpty() || row.text("SHERIFF? (FOR COUNTIES THAT ENDED AGREEMENTS)").strip().startsWith("Yes");
			String agency = agencyName(name, sheriffNamed);
			if (!agency.equals(name)) {
				cleanups.add(new Cleanup(row.number(), "County", name, agency, "the agency as ICE's lists name it"));
			}
			rows.add(new WapoRow(row.number(), state.get().postal(), agency, personName(head), title(agency, head),
					personNote(head), ori(row.text("ORI"), row.text("IGNORE")), years(row), blankToNull(row.text("NOTES"))));
		}
		return rows;
	}

	/** "Flagler County Sheriff", "Bradford County Sherrifs Office", "Pinal County" (with a sheriff): "... Sheriff's Office". */
	static String agencyName(String printed, boolean sheriffNamed) {
		Matcher sheriff = SHERIFF_WORDS.matcher(printed);
		if (sheriff.find()) {
			String kind = sheriff.group(1);
			boolean department = kind != null && kind.toLowerCase(Locale.ROOT).startsWith("dep");
			return capitalizeCounty(printed.substring(0, sheriff.start())) + " Sheriff's " + (department ? "Department" : "Office");
		}
		if (sheriffNamed && BARE_COUNTY.matcher(printed).matches()) {
			return printed + " Sheriff's Office";
		}
		return printed;
	}

	private static String capitalizeCounty(String text) {
		return text.replaceAll("(?i)\\bcounty\\b", "County").replaceAll("(?i)\\bparish\\b", "Parish");
	}

	/** "Scotty Rhoden (R)" is Scotty Rhoden; "Roy Boyd/Replaced Kirby Brumby in 2020" is Roy Boyd. */
	static String personName(String printed) {
		String name = printed.replaceAll("\\(.*?\\)", "").replaceAll("--.*$", "").replaceAll("/.*$", "")
			.replaceAll("(?i)\\bprecee?ding\\b", "").replaceAll("(?i)^(sheriff|secy\\.?|secretary)\\s+", "").strip();
		return name.isEmpty() ? null : name;
	}

	private static String personNote(String printed) {
		String name = personName(printed);
		if (name == null || printed.strip().equals(name)) {
			return null;
		}
		return "as printed: " + printed.strip();
	}

	private static String title(String agency, String head) {
		if (head.toLowerCase(Locale.ROOT).startsWith("secy") || head.toLowerCase(Locale.ROOT).startsWith("secretary")) {
			return "Secretary";
		}
		return agency.toLowerCase(Locale.ROOT).contains("sheriff") ? "Sheriff" : "Head of agency";
	}

	/** The ORI column, or the one kept in the "ignore" column, when it looks like an FBI ORI. */
	private static String ori(String column, String ignored) {
		for (String candidate : List.of(column.strip(), ignored.strip())) {
			if (ORI.matcher(candidate).matches()) {
				return candidate;
			}
		}
		return null;
	}

	private static List<Integer> years(TableRow row) {
		List<Integer> years = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (row.text("Y" + year).strip().equalsIgnoreCase("x")) {
				years.add(year);
			}
		}
		return years;
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
