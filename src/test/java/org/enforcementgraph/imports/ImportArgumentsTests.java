package org.enforcementgraph.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.enforcementgraph.system.cli.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportArgumentsTests {

	@Test
	void optionsWithSpaceOrEqualsFlagsAndFiles() {
		ImportArguments args = ImportArguments.parse(List.of("--as-of", "2025-01-02", "a.xlsx", "--download", "--report=r.csv", "b.xlsx"),
				Set.of("as-of", "report"), Set.of("download"));
		assertThat(args.date("as-of")).contains(LocalDate.of(2025, 1, 2));
		assertThat(args.option("report")).contains("r.csv");
		assertThat(args.flag("download")).isTrue();
		assertThat(args.files()).containsExactly(Path.of("a.xlsx"), Path.of("b.xlsx"));
	}

	@Test
	void everyImportTakesWhereToWriteRejectedRows() {
		assertThat(ImportArguments.parse(List.of("a.csv"), Set.of(), Set.of()).rejectedReport("laws"))
			.isEqualTo(Path.of("rejected-laws.csv"));
		assertThat(ImportArguments.parse(List.of("--rejected", "out/r.csv", "a.csv"), Set.of(), Set.of()).rejectedReport("laws"))
			.isEqualTo(Path.of("out/r.csv"));
	}

	@Test
	void unknownOptionsBadDatesAndMissingFilesAreUsageErrors() {
		assertThatThrownBy(() -> ImportArguments.parse(List.of("--asof", "x"), Set.of("as-of"), Set.of()))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("unknown option --asof")
			.hasMessageContaining("--as-of VALUE");
		assertThatThrownBy(() -> ImportArguments.parse(List.of("--as-of", "1/2/2025"), Set.of("as-of"), Set.of()).date("as-of"))
			.hasMessageContaining("YYYY-MM-DD");
		assertThatThrownBy(() -> ImportArguments.parse(List.of("missing.xlsx"), Set.of(), Set.of()).existingFiles(false))
			.hasMessageContaining("no such file: missing.xlsx");
		assertThatThrownBy(() -> ImportArguments.parse(List.of(), Set.of(), Set.of()).existingFiles(false))
			.hasMessageContaining("no file given");
	}

}
