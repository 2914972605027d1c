package org.enforcementgraph.imports.ice287g;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/** A list that cannot be read is refused whole, with a message naming it, and leaves the graph as it was. */
@GraphIT
class Ice287gBadFilesIT {

	static final String GOOD = "ParticipatingEntities-20210113002027.xlsx";

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	@BeforeEach
	void oneListImported() {
		this.graph.reset();
		assertThat(this.imports.run("ice-287g", IceLists.participating(GOOD)).exitCode()).isZero();
	}

	@Test
	void filesThatAreNotListsAreRefusedAndNothingOfThemIsWritten() throws IOException {
		String before = this.fingerprint.of();
		Path text = Files.writeString(this.dir.resolve("participatingAgencies01012026am.xlsx"), "STATE,AGENCY\nTEXAS,x\n");
		byte[] real = Files.readAllBytes(IceLists.participating("participatingAgencies05182026am.xlsx"));
		Path truncated = Files.write(this.dir.resolve("participatingAgencies01022026am.xlsx"), Arrays.copyOf(real, real.length / 2));
		Path wrongColumns = workbook("participatingAgencies01032026am.xlsx", List.of("AGENCY", "STATE", "MODEL"), List.of("x", "TEXAS", "TFM"));
		Path empty = workbook("participatingAgencies01042026am.xlsx",
				List.of("STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE", "SIGNED", "MOA"));
		Path undated = Files.copy(IceLists.participating("ParticipatingEntities-20210628025835.xlsx"), this.dir.resolve("ice-list.xlsx"));

		Output refused = this.imports.run("ice-287g", text, truncated, wrongColumns, empty, undated);

		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.out()).contains("participatingAgencies01012026am.xlsx: REFUSED, nothing of it was imported:"
				+ " participatingAgencies01012026am.xlsx: not a readable Excel workbook")
			.contains("participatingAgencies01022026am.xlsx: REFUSED, nothing of it was imported:")
			.contains("participatingAgencies01032026am.xlsx: no sheet has a header row with the columns [STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE, SIGNED]")
			.contains("participatingAgencies01042026am.xlsx, sheet 'Sheet1': no rows under the header (row 1)")
			.contains("ice-list.xlsx: cannot tell the date of this list from its name")
			.contains("give the date with --as-of YYYY-MM-DD")
			.contains("5 files refused");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void aBadFileAmongGoodOnesIsRefusedAloneAndTheOthersAreImported() throws IOException {
		Path garbage = Files.write(this.dir.resolve("participatingAgencies01012026am.xlsx"), new byte[] { 0x50, 0x4b, 3, 4, 9, 9, 9 });
		Output output = this.imports.run("ice-287g", garbage, IceLists.participating("ParticipatingEntities-20210628025835.xlsx"));
		assertThat(output.exitCode()).isEqualTo(1);
		assertThat(output.out()).contains("1 files imported").contains("1 files refused");
		assertThat(this.graph.value("MATCH (s:Source {kind: 'LIST_SNAPSHOT'}) RETURN count(s)", Map.of())).isEqualTo(2L);
	}

	@Test
	void aListWithoutADateInItsNameTakesTheDateGivenAndAPendingListIsNotAParticipatingOne() throws IOException {
		Path undated = Files.copy(IceLists.participating("ParticipatingEntities-20210628025835.xlsx"), this.dir.resolve("ice-list.xlsx"));
		assertThat(this.imports.run("ice-287g", "--as-of", "2021-06-28", undated).exitCode()).isZero();
		assertThat(this.graph.value("MATCH (s:Source {snapshotDate: date('2021-06-28')}) RETURN s.title", Map.of()))
			.isEqualTo("ICE 287(g) participating agencies as of 2021-06-28 (ice-list.xlsx)");
		assertThat(this.imports.run("ice-287g", "--as-of", "2021-06-28", undated, undated).err()).contains("--as-of gives one date");

		String before = this.fingerprint.of();
		Output wrongList = this.imports.run("ice-287g-pending", IceLists.participating("participatingAgencies05182026am.xlsx"));
		assertThat(wrongList.out()).contains("has a SIGNED column, so it is a list of participating agencies; import it with: import ice-287g");
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void rowsWithoutAStateAgencyOrModelAreRejectedWithTheirPlaceAndReason() throws IOException {
		Path list = workbook("participatingAgencies03012026am.xlsx", List.of("STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE", "SIGNED"),
				List.of("TEXAS", "Harris County Sheriff's Office", "Jail Enforcement Model", "2026-02-01"),
				List.of("TEXIS", "Dallas County Sheriff's Office", "Task Force Model", "2026-02-02"),
				List.of("ATLANTIS", "Nowhere Police Department", "Task Force Model", "2026-02-03"),
				List.of("TEXAS", "", "Task Force Model", "2026-02-03"),
				List.of("TEXAS", "Travis County Sheriff's Office", "Detention Model", "2026-02-03"));
		Path report = this.dir.resolve("rejected.csv");
		Output output = this.imports.run("ice-287g", list, "--rejected", report);
		assertThat(output.exitCode()).isZero();
		assertThat(output.out()).contains("5 rows read").contains("3 rows rejected");
		assertThat(Files.readAllLines(report)).containsExactly("file,sheet,row,column,value,reason",
				"participatingAgencies03012026am.xlsx,Sheet1,4,STATE,ATLANTIS,not a US state or territory",
				"participatingAgencies03012026am.xlsx,Sheet1,5,LAW ENFORCEMENT AGENCY,,no agency named",
				"participatingAgencies03012026am.xlsx,Sheet1,6,SUPPORT TYPE,Detention Model,\"not a 287(g) model (expected Jail"
						+ " Enforcement Model, Warrant Service Officer or Task Force Model)\"");
		assertThat(this.graph.value("MATCH (a:Agency)-[:SEEN_IN]->(:Source {snapshotDate: date('2026-03-01')}) RETURN count(a)",
				Map.of())).as("Harris, and Dallas in 'TEXIS'").isEqualTo(2L);
	}

	@SafeVarargs
	private Path workbook(String name, List<String> header, List<String>... rows) throws IOException {
		Path file = this.dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Sheet1");
			for (int r = 0; r <= rows.length; r++) {
				List<String> cells = (r == 0) ? header : rows[r - 1];
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
			workbook.write(out);
		}
		return file;
	}

}
