package org.enforcementgraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV reports imports write beside their output (rejected rows, what could not be matched): a header, then a
 * line per row, values quoted where CSV needs it, UTF-8, the folder made if missing.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static void writeCsv(Path report, List<String> header, List<List<?>> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
		for (List<?> row : rows) {
			csv.append(String.join(",", row.stream().map(ReportFiles::quote).toList())).append('\n');
		}
		try {
			if (report.getParent() != null) {
				Files.createDirectories(report.getParent());
			}
			Files.writeString(report, csv, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String quote(Object value) {
		String text = (value == null) ? "" : value.toString();
		return (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r"))
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
