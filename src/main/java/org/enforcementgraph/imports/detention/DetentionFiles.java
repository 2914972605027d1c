package org.enforcementgraph.imports.detention;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Dates;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.GraphException;

/**
 * Tells the three kinds of detention file apart by their content (a zip container is a workbook: the 2015 listing
 * when it has the sheet "Facility List - Main", else a detention statistics workbook; gzip or text starting with
 * {@code detloc|} is the UWCHR list), records the file's Source and writes what it says.
 */
@Component
final class DetentionFiles {

	private static final Pattern LISTING_DATE = Pattern.compile("IIDS as of (\\d{1,2}/\\d{1,2}/\\d{4})");

	private final SourceFiles sources;

	private final StateNodes states;

	private final FacilityWrites writes;

	DetentionFiles(SourceFiles sources, StateNodes states, FacilityWrites writes) {
		this.sources = sources;
		this.states = states;
		this.writes = writes;
	}

	ImportSummary importFile(ImportFile file, RejectedRows rejected) {
		byte[] bytes = file.bytes();
		if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
			try (Workbook workbook = Spreadsheets.open(file)) {
				return FacilityListing2015.isListing(workbook) ? listing(file, workbook, rejected)
						: statistics(file, workbook, rejected);
			}
			catch (IOException ex) {
				throw new GraphException(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		if (UwchrFacilities.isGzip(file) || IceDetentionImporter.head(file).toLowerCase(java.util.Locale.ROOT).startsWith("detloc|")) {
			return uwchr(file, rejected);
		}
		throw new GraphException(file.name() + ": neither an Excel workbook (ICE detention statistics, ICE's 2015 facility "
				+ "listing) nor the UWCHR facility list (gzip or text with a header 'detloc|name|...'); starts with '"
				+ IceDetentionImporter.head(file).strip().lines().findFirst().orElse("") + "'");
	}

	private ImportSummary statistics(ImportFile file, Workbook workbook, RejectedRows rejected) {
		DetentionStatsWorkbook.Table table = DetentionStatsWorkbook.read(file, workbook, rejected);
		String sourceId = this.sources.record(IceDetentionImporter.NAME, file, withFiscalYear(IceDetentionImporter.ice(
				"ICE detention statistics FY" + table.fiscalYear() + ", sheet '" + table.sheet().strip() + "' (" + file.name() + ")",
				table.dataDate()), table.fiscalYear()));
		this.states.ensure(table.rows().stream().map(r -> (String) r.properties().get("state")).toList(), sourceId);
		ImportSummary summary = new ImportSummary().add("rows read", table.rowsRead());
		List<Object> other = this.writes.otherRelease(table.fiscalYear(), sourceId);
		if (other != null && newer(other.get(0), other.get(1), table.dataDate(), sourceId)) {
			// The graph holds a newer release of the same fiscal year: this one adds its Source, nothing else.
			return summary.add("rows superseded by a newer release of FY" + table.fiscalYear(), table.rows().size())
				.add("rows rejected", rejected.count());
		}
		if (other != null) {
			this.writes.deleteYears(table.fiscalYear());
		}
		this.writes.years(sourceId, table.rows());
		return summary.add("facility years", table.rows().size()).add("rows rejected", rejected.count());
	}

	private static Map<String, Object> withFiscalYear(Map<String, Object> properties, int fiscalYear) {
		Map<String, Object> all = new java.util.HashMap<>(properties);
		all.put("fiscalYear", fiscalYear);
		return all;
	}

	/** Whether release a (data date, source id) is newer than release b; the source id breaks ties. */
	private static boolean newer(Object dateA, Object sourceA, LocalDate dateB, String sourceB) {
		LocalDate a = (dateA instanceof LocalDate d) ? d : LocalDate.MIN;
		LocalDate b = (dateB != null) ? dateB : LocalDate.MIN;
		return a.isAfter(b) || (a.equals(b) && ((String) sourceA).compareTo(sourceB) > 0);
	}

	private ImportSummary listing(ImportFile file, Workbook workbook, RejectedRows rejected) {
		FacilityListing2015.Listing listing = FacilityListing2015.read(file, workbook, rejected);
		LocalDate asOf = listingDate(workbook.getSheet(FacilityListing2015.SHEET));
		String sourceId = this.sources.record(IceDetentionImporter.NAME, file, IceDetentionImporter.ice(
				"ICE ERO Custody Management Division, Authorized DMCP Facilities (" + file.name() + ")", asOf));
		this.states.ensure(listing.rows().stream().map(ReferenceRow::state).toList(), sourceId);
		listing.rows().forEach(r -> r.properties().put("listingDataDate", asOf));
		this.writes.references(sourceId, "listing", listing.rows());
		int links = this.writes.companies(sourceId, listing.rows());
		return new ImportSummary().add("rows read", listing.rowsRead())
			.add("facilities listed", listing.rows().size())
			.add("operator and owner companies linked", links)
			.add("rows rejected", rejected.count());
	}

	private ImportSummary uwchr(ImportFile file, RejectedRows rejected) {
		UwchrFacilities.Listing listing = UwchrFacilities.read(UwchrFacilities.unzipped(file), rejected);
		String sourceId = this.sources.record(IceDetentionImporter.NAME, file, Map.of("title",
				"ICE facility list (NIJC FOIA, November 2017) with UWCHR research (" + file.name() + ")", "publisher",
				"University of Washington Center for Human Rights (UWCHR/ice-facilities)"));
		this.states.ensure(listing.rows().stream().map(ReferenceRow::state).toList(), sourceId);
		this.writes.references(sourceId, "uwchr", listing.rows());
		return new ImportSummary().add("rows read", listing.rowsRead())
			.add("facilities listed", listing.rows().size())
			.add("rows rejected", rejected.count());
	}

	private static LocalDate listingDate(Sheet sheet) {
		for (int r = 0; r < 6; r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				for (Cell cell : row) {
					Matcher m = LISTING_DATE.matcher(cell.toString());
					if (m.find()) {
						return Dates.parse(m.group(1)).orElse(null);
					}
				}
			}
		}
		return null;
	}

}
