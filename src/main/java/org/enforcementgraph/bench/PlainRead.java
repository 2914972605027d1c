package org.enforcementgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The yardstick of the import: Apache POI reading every cell (and link) of the same files, writing nothing. */
final class PlainRead {

	private PlainRead() {
	}

	/** @return the number of cells read */
	static long cells(List<Path> files) throws Exception {
		DataFormatter formatter = new DataFormatter();
		long cells = 0;
		for (Path file : files) {
			try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
				for (Sheet sheet : workbook) {
					sheet.getHyperlinkList().size();
					for (Row row : sheet) {
						for (Cell cell : row) {
							formatter.formatCellValue(cell);
							cells++;
						}
					}
				}
			}
		}
		return cells;
	}

}
