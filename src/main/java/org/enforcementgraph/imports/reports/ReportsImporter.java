package org.enforcementgraph.imports.reports;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.CsvTables;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import reports FILE...}: reports and lists that name jurisdictions, with their figures. The kind of file is
 * told by its columns (README, "Reports"): the Declined Detainer Outcome Report's top ten, policy table and totals,
 * the 2017 sanctuary list, TRAC's detainer counts by county, and report figures in this project's own format.
 */
@Component
@CommandInfo(name = "reports", usage = "[--published YYYY-MM-DD] [--period-start YYYY-MM-DD --period-end YYYY-MM-DD] FILE...",
		summary = "Reports naming jurisdictions: ICE Declined Detainer Outcome Report tables, the 2017 sanctuary list, TRAC detainer counts, report figures")
final class ReportsImporter implements Importer {

	static final String NAME = "reports";

	private final FileImports imports;

	private final ReportWriter writer;

	ReportsImporter(FileImports imports, ReportWriter writer) {
		this.imports = imports;
		this.writer = writer;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("published", "period-start", "period-end"), Set.of());
		return this.imports.run(NAME, arguments.existingFiles(false), (file, rejected) -> importFile(file, arguments, rejected),
				arguments.rejectedReport(NAME), out);
	}

	ImportSummary importFile(ImportFile file, ImportArguments arguments, RejectedRows rejected) {
		Spreadsheets.Table table = CsvTables.read(file, ',', List.of());
		List<String> headers = table.headers();
		List<TableRow> rows = table.rows();
		ReportBatch batch;
		String format;
		if (has(headers, ReportFigures.COLUMNS)) {
			format = "report figures";
			batch = new ReportBatch(ReportFigures.properties(file.name(), rows));
			ReportFigures.read(rows, batch, rejected);
		}
		else if (has(headers, DeclinedDetainerFiles.TOP10)) {
			format = "Declined Detainer Outcome Report, top ten";
			batch = new ReportBatch(DeclinedDetainerReport.properties(file, arguments));
			DeclinedDetainerFiles.top10(rows, batch, rejected);
		}
		else if (has(headers, DeclinedDetainerFiles.POLICIES)) {
			format = "Declined Detainer Outcome Report, policies";
			batch = new ReportBatch(DeclinedDetainerReport.properties(file, arguments));
			DeclinedDetainerFiles.policies(rows, batch, rejected);
		}
		else if (has(headers, DeclinedDetainerFiles.TOTALS)) {
			format = "Declined Detainer Outcome Report, totals";
			batch = new ReportBatch(DeclinedDetainerReport.properties(file, arguments));
			DeclinedDetainerFiles.totals(rows, batch, rejected);
		}
		else if (has(headers, SanctuaryList.COLUMNS)) {
			format = "sanctuary list";
			batch = new ReportBatch(SanctuaryList.properties());
			SanctuaryList.read(rows, batch, rejected);
		}
		else if (has(headers, TracDetainers.FACILITY_COLUMNS)) {
			TracDetainers.refuseFacilityFile(file.name());
			return null;
		}
		else if (has(headers, TracDetainers.COUNTY_COLUMNS)) {
			format = "TRAC detainers by county";
			batch = new ReportBatch(TracDetainers.properties());
			TracDetainers.read(rows, batch, rejected);
		}
		else {
			throw new GraphException(file.name() + ", row 1: the columns " + headers + " are none of the report formats "
					+ "(README, Reports): " + Map.of("report figures", ReportFigures.COLUMNS, "DDOR top ten", DeclinedDetainerFiles.TOP10,
							"DDOR policies", DeclinedDetainerFiles.POLICIES, "DDOR totals", DeclinedDetainerFiles.TOTALS,
							"sanctuary list", SanctuaryList.COLUMNS, "TRAC by county", TracDetainers.COUNTY_COLUMNS)
					+ (headers.size() == 1 ? " (one column: is the delimiter ','?)" : ""));
		}
		int named = this.writer.write(NAME, file, format, batch, rejected);
		return new ImportSummary().add("rows read", rows.size())
			.add("jurisdictions named", named)
			.add("figures", batch.figures.size())
			.add("rows rejected or unmatched", rejected.count());
	}

	private static boolean has(List<String> headers, List<String> columns) {
		return columns.stream().allMatch(c -> headers.contains(c.toUpperCase(java.util.Locale.ROOT)));
	}

}
