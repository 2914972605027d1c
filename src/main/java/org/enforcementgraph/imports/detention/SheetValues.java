package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.enforcementgraph.imports.Dates;
import org.enforcementgraph.imports.TableRow;

/**
 * Typed values out of a spreadsheet row: numbers as Excel stores them (not as their display format rounds them),
 * and dates whether the cell holds a formatted date, a bare Excel serial number or text such as "5/9/2019".
 */
final class SheetValues {

	/** Excel's day 0 (its serial numbers count days from here, with its 1900 leap-year bug absorbed). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final Sheet sheet;

	private final List<String> headers;

	SheetValues(Sheet sheet, List<String> headers) {
		this.sheet = sheet;
		this.headers = headers;
	}

	/** The number in {@code column} of the table row, or empty when the cell is empty, "N/A" or not a number. */
	Optional<Double> number(TableRow row, String column) {
		Cell cell = cell(row, column);
		if (cell != null) {
			CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
			if (type == CellType.NUMERIC) {
				return Optional.of(cell.getNumericCellValue());
			}
		}
		String text = row.text(column).strip().replace(",", "");
		return text.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?") ? Optional.of(Double.parseDouble(text)) : Optional.empty();
	}

	/** The date in {@code column}: an Excel date, a serial number of one (as ICE's newer sheets store them), or text. */
	Optional<LocalDate> date(TableRow row, String column) {
		TableRow.Cell value = row.cell(column);
		if (value.excelDate() != null) {
			return Optional.of(value.excelDate());
		}
		Optional<Double> serial = number(row, column);
		if (serial.isPresent() && serial.get() > 20_000 && serial.get() < 80_000) {
			return Optional.of(EXCEL_EPOCH.plusDays(serial.get().longValue()));
		}
		return Dates.parse(value.text());
	}

	private Cell cell(TableRow row, String column) {
		int index = this.headers.indexOf(column);
		if (index < 0) {
			return null;
		}
		Row sheetRow = this.sheet.getRow(row.number() - 1);
		return (sheetRow != null) ? sheetRow.getCell(index) : null;
	}

}
