package org.enforcementgraph.imports.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken and hostile files for an importer, made from one of its real files: what the issue lists (truncated xlsx,
 * wrong headers, binary garbage, huge cells, formula cells, empty sheets, a CSV with the wrong delimiter or
 * encoding) and an empty file.
 */
final class BadFiles {

	/** One bad file: what it is, and its bytes under a name the importer accepts. */
	record Bad(String what, String fileName, byte[] bytes) {

		Path writeTo(Path dir) {
			try {
				return Files.write(dir.resolve(this.fileName), this.bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private BadFiles() {
	}

	/** Bad CSVs made from the header and first row of {@code real}. */
	static List<Bad> csv(String fileName, Path real) throws IOException {
		List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
		String header = lines.get(0);
		String row = lines.get(1);
		List<Bad> bad = new ArrayList<>(common(fileName));
		bad.add(new Bad("wrong headers", fileName, "alpha,beta,gamma\n1,2,3\n".getBytes(StandardCharsets.UTF_8)));
		bad.add(new Bad("the header and no row", fileName, (header + "\n").getBytes(StandardCharsets.UTF_8)));
		bad.add(new Bad("semicolons for commas", fileName, (header.replace(',', ';') + "\n" + row.replace(',', ';') + "\n")
			.getBytes(StandardCharsets.UTF_8)));
		bad.add(new Bad("Latin-1, not UTF-8", fileName, (header + "\n" + row.replaceFirst(",", ",Caf\u00e9 ") + "\n")
			.getBytes(StandardCharsets.ISO_8859_1)));
		bad.add(new Bad("a cell of 20,000 characters", fileName, (header + "\n" + row.replaceFirst(",", ",\"" + "x".repeat(20_000)
				+ "\",").replaceFirst(",[^,]*$", "") + "\n").getBytes(StandardCharsets.UTF_8)));
		return bad;
	}

	/** Bad workbooks for an xlsx importer whose header row holds {@code header}. */
	static List<Bad> xlsx(String fileName, Path real, List<String> header) throws IOException {
		byte[] bytes = Files.readAllBytes(real);
		List<Bad> bad = new ArrayList<>(common(fileName));
		bad.add(new Bad("a truncated workbook", fileName, Arrays.copyOf(bytes, bytes.length / 2)));
		bad.add(new Bad("wrong headers", fileName, workbook(List.of("alpha", "beta", "gamma"), List.of("1", "2", "3"), null)));
		bad.add(new Bad("an empty sheet", fileName, workbook(List.of(), null, null)));
		bad.add(new Bad("the header and no row", fileName, workbook(header, null, null)));
		List<String> huge = new ArrayList<>();
		header.forEach(h -> huge.add("x".repeat(15_000)));
		bad.add(new Bad("cells of 15,000 characters", fileName, workbook(header, huge, null)));
		bad.add(new Bad("a formula never computed", fileName, workbook(header, null, "A1&B1")));
		return bad;
	}

	private static List<Bad> common(String fileName) {
		byte[] garbage = new byte[4096];
		new Random(8).nextBytes(garbage);
		return List.of(new Bad("binary garbage", fileName, garbage), new Bad("an empty file", fileName, new byte[0]));
	}

	private static byte[] workbook(List<String> header, List<String> row, String formula) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Sheet1");
			if (!header.isEmpty()) {
				Row first = sheet.createRow(0);
				for (int c = 0; c < header.size(); c++) {
					first.createCell(c).setCellValue(header.get(c));
				}
			}
			if (row != null || formula != null) {
				Row second = sheet.createRow(1);
				for (int c = 0; c < header.size(); c++) {
					if (formula != null) {
						second.createCell(c).setCellFormula(formula);
					}
					else {
						second.createCell(c).setCellValue(row.get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
