package org.enforcementgraph.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.enforcementgraph.system.GraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTablesTests {

	private static ImportFile file(String text) {
		return file(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ImportFile file(byte[] bytes) {
		return new ImportFile(Path.of("laws.csv"), bytes, "0".repeat(64));
	}

	@Test
	void readsQuotedFieldsWithDelimitersQuotesAndLineBreaksAndCountsRowsAsAnEditorShowsThem() {
		Spreadsheets.Table table = CsvTables.read(file("""
				state,title,quote
				FL,"Immigration, Enforcement","He said ""yes""
				on two lines"
				TX,SB 8,plain
				"""), ',', List.of("state", "title"));
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).text("TITLE")).isEqualTo("Immigration, Enforcement");
		assertThat(table.rows().get(0).text("QUOTE")).isEqualTo("He said \"yes\"\non two lines");
		assertThat(table.rows().get(1).number()).isEqualTo(4);
		assertThat(table.rows().get(1).text("STATE")).isEqualTo("TX");
	}

	@Test
	void aWrongDelimiterIsNamed() {
		assertThatThrownBy(() -> CsvTables.read(file("state;title\nFL;x\n"), ',', List.of("state", "title")))
			.isInstanceOf(GraphException.class)
			.hasMessageContaining("laws.csv, row 1")
			.hasMessageContaining("is the delimiter ','?");
	}

	@Test
	void textThatIsNotUtf8IsRefused() {
		byte[] latin1 = "state,title\nPR,Ca\u00f1\u00f3n\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> CsvTables.read(file(latin1), ',', List.of("state"))).hasMessageContaining("is not UTF-8");
	}

	@Test
	void anUnclosedQuoteAndExtraFieldsNameTheirRow() {
		assertThatThrownBy(() -> CsvTables.read(file("a,b\n1,\"open\n"), ',', List.of("a")))
			.hasMessageContaining("row 2: a quoted field is never closed");
		assertThatThrownBy(() -> CsvTables.read(file("a,b\n1,2\n3,4,5\n"), ',', List.of("a")))
			.hasMessageContaining("row 3: 3 fields, but the header has 2");
	}

}
