package org.enforcementgraph.imports.detention;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detention import gives the same graph whatever the order of its files and whether they come in one command or
 * several, changes nothing when run again, and refuses a wrong file whole. Three of the real files (the 2015 listing
 * with DETLOCs and two yearly workbooks) keep this test short; IceDetentionImportIT imports them all.
 */
@GraphIT
class IceDetentionOrderIT {

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@Test
	void anyOrderGivesTheSameGraphAndAgainChangesNothing() {
		Path fy24 = DetentionFilesForTests.workbook("FY24_detentionStats.xlsx");
		Path fy26 = DetentionFilesForTests.workbook("FY26_detentionStats_04092026.xlsx");
		Path listing = DetentionFilesForTests.workbook(DetentionFilesForTests.LISTING);
		counties();
		assertThat(this.imports.run("ice-detention", fy26, fy24, listing).exitCode()).isZero();
		String oneOrder = this.fingerprint.of();
		Output again = this.imports.run("ice-detention", listing, fy24, fy26);
		assertThat(again.out()).contains("3 files skipped", "yearly rows assigned anew: 0");
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);

		// The DETLOCs of the listing arrive after the yearly rows of FY24 were keyed by name: they are keyed anew.
		counties();
		assertThat(this.imports.run("ice-detention", fy24).exitCode()).isZero();
		assertThat(this.imports.run("ice-detention", listing, fy26).exitCode()).isZero();
		assertThat(this.fingerprint.of()).isEqualTo(oneOrder);
	}

	@Test
	void aWrongFileIsRefusedWholeAndTheGraphStaysAsItWas() throws Exception {
		counties();
		assertThat(this.imports.run("ice-detention", DetentionFilesForTests.workbook("FY24_detentionStats.xlsx")).exitCode())
			.isZero();
		String before = this.fingerprint.of();
		Path text = Files.writeString(this.dir.resolve("facilities.txt"), "name,city\nSOME JAIL,SOMEWHERE\n");
		byte[] real = Files.readAllBytes(DetentionFilesForTests.workbook("FY23_detentionStats.xlsx"));
		Path truncated = Files.write(this.dir.resolve("FY23-truncated.xlsx"), Arrays.copyOf(real, real.length / 2));
		Path wrongHeaders = workbook("wrong-headers.xlsx", "Facilities FY27", new String[] { "Name", "Address", "Zip" },
				new String[] { "A JAIL", "1 MAIN ST", "12345" });
		Path empty = workbook("empty.xlsx", "Facilities FY27", new String[] { "Name", "City", "State", "Type Detailed", "FY27 ALOS" });
		Path noYear = workbook("no-year.xlsx", "Facilities", new String[] { "Name", "City", "State", "Type Detailed" },
				new String[] { "A JAIL", "TOWN", "TX", "IGSA" });
		Output output = this.imports.run("ice-detention", text, truncated, wrongHeaders, empty, noYear, "--rejected",
				this.dir.resolve("rejected.csv"), "--unmatched", this.dir.resolve("unmatched.csv"));
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("facilities.txt: REFUSED, nothing of it was imported: facilities.txt: neither an Excel workbook",
				"starts with 'name,city'")
			.contains("FY23-truncated.xlsx: REFUSED, nothing of it was imported: FY23-truncated.xlsx: not a readable Excel workbook")
			.contains("wrong-headers.xlsx: no sheet has a header row with the columns [Name, City, State, Type Detailed]")
			.contains("empty.xlsx, sheet 'Facilities FY27': no rows under the header (row 1)")
			.contains("no-year.xlsx, sheet 'Facilities', row 1: no column 'FYxx ALOS'")
			.contains("5 files refused");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	private void counties() {
		this.graph.reset();
		assertThat(this.imports.run("counties", DetentionFilesForTests.counties2010()).exitCode()).isZero();
	}

	private Path workbook(String name, String sheetName, String[]... rows) throws Exception {
		Path file = this.dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		return file;
	}

}
