package org.enforcementgraph.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows an import could not use, each with where it is (file, sheet, row, column), what it held and why it was
 * rejected; written as CSV so every row of every file is accounted for.
 */
public final class RejectedRows {

	public record Rejection(String file, String sheet, int row, String column, String value, String reason) {
	}

	private final List<Rejection> rejections = new ArrayList<>();

	public void add(String file, String sheet, int row, String column, String value, String reason) {
		this.rejections.add(new Rejection(file, sheet, row, column, value, reason));
	}

	void clear() {
		this.rejections.clear();
	}

	public List<Rejection> all() {
		return List.copyOf(this.rejections);
	}

	public int count() {
		return this.rejections.size();
	}

	public boolean isEmpty() {
		return this.rejections.isEmpty();
	}

	/** Writes {@code file,sheet,row,column,value,reason} with a header; rows are 1-based as a spreadsheet shows them. */
	public void writeCsv(Path report) {
		ReportFiles.writeCsv(report, List.of("file", "sheet", "row", "column", "value", "reason"), this.rejections.stream()
			.<List<?>>map(r -> Arrays.asList(r.file(), r.sheet(), r.row(), r.column(), r.value(), r.reason()))
			.toList());
	}

}
