package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.state.StateNames;

/**
 * Turns one row of an ICE 287(g) list into a {@link ListEntry}: each cell cleaned ({@link CellValues}), each change
 * logged with the value printed, or the row rejected with the reason when it names no state, agency or model.
 */
final class RowCleaner {

	static final String STATE = "STATE";

	static final String AGENCY = "LAW ENFORCEMENT AGENCY";

	static final String TYPE = "TYPE";

	static final String COUNTY = "COUNTY";

	static final String SUPPORT_TYPE = "SUPPORT TYPE";

	static final String SIGNED = "SIGNED";

	static final String MOA = "MOA";

	static final String ADDENDUM = "ADDENDUM";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Snapshot snapshot;

	private final String file;

	private final CleaningLog log;

	private final RejectedRows rejected;

	RowCleaner(Snapshot snapshot, String file, CleaningLog log, RejectedRows rejected) {
		this.snapshot = snapshot;
		this.file = file;
		this.log = log;
		this.rejected = rejected;
	}

	Optional<ListEntry> clean(TableRow row) {
		String id = ListEntry.idOf(this.snapshot.sourceId(), row.number());
		String stateText = text(row, STATE, id);
		Optional<CellValues.Read<StateNames.State>> state = CellValues.state(stateText);
		if (state.isEmpty()) {
			return reject(row, STATE, "not a US state or territory");
		}
		logCorrection(STATE, stateText, state.get().value().name(), state.get().correction(), id);
		String agency = text(row, AGENCY, id);
		if (agency.isEmpty()) {
			return reject(row, AGENCY, "no agency named");
		}
		String supportType = text(row, SUPPORT_TYPE, id);
		Optional<CellValues.Read<String>> model = CellValues.model(supportType);
		if (model.isEmpty()) {
			return reject(row, SUPPORT_TYPE,
					"not a 287(g) model (expected Jail Enforcement Model, Warrant Service Officer or Task Force Model)");
		}
		logCorrection(SUPPORT_TYPE, supportType, model.get().value(), model.get().correction(), id);
		String iceType = text(row, TYPE, id);
		String countyText = text(row, COUNTY, id);
		CellValues.Read<String> county = CellValues.county(countyText);
		logCorrection(COUNTY, countyText, county.value(), county.correction(), id);
		LocalDate signedOn = null;
		if (this.snapshot.list() == Snapshot.ListKind.PARTICIPATING) {
			CellValues.Read<LocalDate> signed = CellValues.signed(row.cell(SIGNED), this.snapshot.date());
			signedOn = signed.value();
			logCorrection(SIGNED, CellValues.clean(row.text(SIGNED)), (signedOn != null) ? signedOn.toString() : null,
					signed.correction(), id);
		}
		CellValues.Read<String> moa = link(row, MOA, id);
		CellValues.Read<String> addendum = link(row, ADDENDUM, id);
		String moaUrl = (moa.value() != null) ? CellValues.unarchived(moa.value()) : null;
		String moaArchive = (moa.value() != null && !moa.value().equals(moaUrl)) ? moa.value() : null;
		return Optional.of(new ListEntry(id, this.snapshot.sourceId(), row.number(), row.sheet(), state.get().value().postal(),
				agency, iceType.isEmpty() ? null : iceType, county.value(), model.get().value(), signedOn, moaUrl, moaArchive,
				addendum.value(), printed(row)));
	}

	private CellValues.Read<String> link(TableRow row, String column, String id) {
		CellValues.Read<String> link = CellValues.link(row.cell(column));
		if (link.correction() != null) {
			this.log.grouped(column, link.correction(), id);
		}
		return link;
	}

	/** The cell's text cleaned of stray spaces, logging that it had some. */
	private String text(TableRow row, String column, String id) {
		String printed = row.text(column);
		String clean = CellValues.clean(printed);
		if (!clean.equals(printed)) {
			this.log.whitespace(column, id);
		}
		return clean;
	}

	private void logCorrection(String column, String printed, String used, String reason, String id) {
		if (reason != null) {
			this.log.record(column, printed, used, reason, id);
		}
	}

	private Optional<ListEntry> reject(TableRow row, String column, String reason) {
		this.rejected.add(this.file, row.sheet(), row.number(), column, row.text(column), reason);
		return Optional.empty();
	}

	/** Every cell as printed, and where a cell links to, as JSON with sorted keys. */
	private static String printed(TableRow row) {
		Map<String, String> cells = new TreeMap<>();
		row.cells().forEach((column, cell) -> {
			cells.put(column, cell.text());
			if (cell.hyperlink() != null) {
				cells.put(column + " link", cell.hyperlink());
			}
		});
		return JSON.writeValueAsString(cells);
	}

}
