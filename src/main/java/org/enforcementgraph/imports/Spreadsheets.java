package org.enforcementgraph.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;

import org.enforcementgraph.system.GraphException;

/**
 * Reads a table out of an Excel workbook: the sheet chosen by name, the header row found by the columns it must
 * have (title rows above it are skipped), then each data row as a {@link TableRow}. Anything unreadable ends in a
 * {@link GraphException} naming the file.
 */
public final class Spreadsheets {

	/**
	 * The longest cell any import reads. Public lists hold names and short notes; a longer cell is a broken or hostile
	 * file, refused before it reaches the graph.
	 */
	public static final int MAX_CELL = 10_000;

	/** One per thread: POI's formatter caches formats in plain maps, and files may be read on several threads. */
	private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> new DataFormatter(Locale.US));

	private Spreadsheets() {
	}

	/** A header row and the data rows under it. */
	public record Table(String sheet, int headerRow, List<String> headers, List<TableRow> rows) {
	}

	public static Workbook open(ImportFile file) {
		if (file.bytes().length == 0) {
			throw new GraphException(file.name() + ": is empty (0 bytes); expected an Excel workbook (.xlsx)");
		}
		try {
			return WorkbookFactory.create(new ByteArrayInputStream(file.bytes()));
		}
		catch (IOException | RuntimeException ex) {
			throw new GraphException(file.name() + ": not a readable Excel workbook (" + plainReason(ex) + ")", ex);
		}
	}

	/** What went wrong opening a workbook, in words rather than class names. */
	private static String plainReason(Throwable ex) {
		String all = "";
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all += " " + t.getMessage();
		}
		if (all.contains("Truncated") || all.contains("ZIP") || all.contains("zip") || all.contains("EOF")) {
			return "the file is cut short or damaged: its zip structure is incomplete";
		}
		if (all.contains("unsupported file type") || all.contains("not a valid") || all.contains("OLE2")) {
			return "its bytes are not those of an .xlsx or .xls workbook";
		}
		return "it could not be opened as a workbook";
	}

	/**
	 * The first sheet whose name matches {@code sheetName} and that has, within its first {@code searchRows} rows, a
	 * row holding every one of {@code required} (case and spacing ignored).
	 */
	public static Table table(ImportFile file, Workbook workbook, Predicate<String> sheetName, List<String> required,
			int searchRows) {
		List<String> sheetsSeen = new ArrayList<>();
		for (Sheet sheet : workbook) {
			sheetsSeen.add(sheet.getSheetName());
			if (!sheetName.test(sheet.getSheetName())) {
				continue;
			}
			for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + searchRows); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				List<String> headers = headers(row);
				if (headers.stream().map(Spreadsheets::normalize).toList().containsAll(required.stream().map(Spreadsheets::normalize).toList())) {
					Table table = new Table(sheet.getSheetName(), r + 1, headers, rows(file, sheet, r, headers));
					if (table.rows().isEmpty()) {
						throw new GraphException(file.name() + ", sheet '" + sheet.getSheetName() + "': no rows under the header (row "
								+ (r + 1) + "); an empty table is not imported");
					}
					return table;
				}
			}
		}
		throw new GraphException(file.name() + ": no sheet has a header row with the columns " + required
				+ " (sheets: " + sheetsSeen + "); is this the right file?");
	}

	static String normalize(String header) {
		return header.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	private static List<String> headers(Row row) {
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
			Cell cell = row.getCell(c);
			headers.add((cell == null) ? "" : normalize(FORMATTER.get().formatCellValue(cell)));
		}
		return headers;
	}

	private static List<TableRow> rows(ImportFile file, Sheet sheet, int headerRow, List<String> headers) {
		// A cell's own getHyperlink() searches every link of the sheet: index them once instead.
		Map<String, String> links = new HashMap<>();
		for (Hyperlink link : sheet.getHyperlinkList()) {
			for (int r = link.getFirstRow(); r <= link.getLastRow(); r++) {
				for (int c = link.getFirstColumn(); c <= link.getLastColumn(); c++) {
					links.putIfAbsent(r + ":" + c, link.getAddress());
				}
			}
		}
		List<TableRow> rows = new ArrayList<>();
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, TableRow.Cell> cells = new HashMap<>();
			for (int c = 0; c < headers.size(); c++) {
				if (!headers.get(c).isEmpty() && !cells.containsKey(headers.get(c))) {
					cells.put(headers.get(c), checked(file, sheet, r, headers.get(c), cell(row.getCell(c), links.get(r + ":" + c)),
							row.getCell(c)));
				}
			}
			TableRow tableRow = new TableRow(file.name(), sheet.getSheetName(), r + 1, cells);
			if (!tableRow.isBlank()) {
				rows.add(tableRow);
			}
		}
		return rows;
	}

	/** A cell a spreadsheet program would not show as printed here: too long, or a formula it never computed. */
	private static TableRow.Cell checked(ImportFile file, Sheet sheet, int row, String column, TableRow.Cell read, Cell cell) {
		String where = file.name() + ", sheet '" + sheet.getSheetName() + "', row " + (row + 1) + ", column " + column + ": ";
		if (read.text().length() > MAX_CELL) {
			throw new GraphException(where + "a cell of " + read.text().length() + " characters; at most " + MAX_CELL
					+ " are read, so the file is not imported");
		}
		if (cell instanceof XSSFCell xssf && cell.getCellType() == CellType.FORMULA && !xssf.getCTCell().isSetV()) {
			throw new GraphException(where + "the formula =" + cell.getCellFormula() + " has no computed value; open and save"
					+ " the file in a spreadsheet program, or give the value itself");
		}
		return read;
	}

	private static TableRow.Cell cell(Cell cell, String link) {
		if (cell == null) {
			return TableRow.Cell.EMPTY;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		LocalDate date = null;
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			date = cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = (date != null) ? date.toString() : FORMATTER.get().formatCellValue(cell, null);
		if (cell.getCellType() == CellType.FORMULA && type == CellType.STRING) {
			text = cell.getStringCellValue();
		}
		return new TableRow.Cell(text, date, link);
	}

}
