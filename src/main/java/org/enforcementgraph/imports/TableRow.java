package org.enforcementgraph.imports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.enforcementgraph.system.GraphException;

/**
 * One data row of a spreadsheet or CSV table, by header name; {@code number} is the row as a spreadsheet or text
 * editor shows it (1-based, header included), so error messages point at the right place.
 */
public record TableRow(String file, String sheet, int number, Map<String, Cell> cells) {

	/**
	 * A cell: its text as shown (trimmed of nothing: callers decide), the date it holds when it is an Excel date, and
	 * the target of its hyperlink if it has one.
	 */
	public record Cell(String text, LocalDate excelDate, String hyperlink) {

		public static final Cell EMPTY = new Cell("", null, null);

	}

	public boolean has(String column) {
		return this.cells.containsKey(column);
	}

	public Cell cell(String column) {
		return this.cells.getOrDefault(column, Cell.EMPTY);
	}

	/** The cell's text, or "" when the column is absent or the cell empty. */
	public String text(String column) {
		return cell(column).text();
	}

	/** The cell's text stripped of surrounding whitespace, or empty. */
	public Optional<String> value(String column) {
		String text = text(column).strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	public boolean isBlank() {
		return this.cells.values().stream().allMatch(c -> c.text().isBlank());
	}

	/** A {@link GraphException} naming this row, the column and its value. */
	public GraphException problem(String column, String expected) {
		return new GraphException(this.file + (this.sheet != null ? ", sheet '" + this.sheet + "'" : "") + ", row "
				+ this.number + ", column " + column + ": '" + text(column) + "' " + expected);
	}

}
