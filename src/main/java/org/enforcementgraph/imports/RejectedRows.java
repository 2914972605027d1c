package org.enforcementgraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		StringBuilder csv = new StringBuilder("file,sheet,row,column,value,reason\n");
		for (Rejection r : this.rejections) {
			csv.append(String.join(",", quote(r.file()), quote(r.sheet()), String.valueOf(r.row()), quote(r.column()),
					quote(r.value()), quote(r.reason())))
				.append('\n');
		}
		try {
			if (report.getParent() != null) {
				Files.createDirectories(report.getParent());
			}
			Files.writeString(report, csv, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String quote(String value) {
		if (value == null) {
			return "";
		}
		return (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r"))
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
