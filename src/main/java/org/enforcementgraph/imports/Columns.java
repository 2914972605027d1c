package org.enforcementgraph.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * Cells by the column names files and messages spell ({@code source_url}), although {@link CsvTables} keys them
 * upper-cased; and the rejection of a row naming its column as the file spells it.
 */
public final class Columns {

	private Columns() {
	}

	public static Optional<String> value(TableRow row, String column) {
		return row.value(column.toUpperCase(Locale.ROOT));
	}

	public static String text(TableRow row, String column) {
		return row.text(column.toUpperCase(Locale.ROOT));
	}

	public static boolean has(TableRow row, String column) {
		return row.has(column.toUpperCase(Locale.ROOT));
	}

	public static void reject(TableRow row, RejectedRows rejected, String column, String reason) {
		rejected.add(row.file(), row.sheet(), row.number(), column, text(row, column), reason);
	}

}
