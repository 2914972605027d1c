package org.enforcementgraph.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enforcementgraph.system.GraphException;

/**
 * Reads a CSV (RFC 4180: quoted fields may hold delimiters, quotes and line breaks) as a table of {@link TableRow}s
 * keyed by header. The text must be UTF-8 and the header must hold the required columns; otherwise the message
 * says what was found instead (e.g. a different delimiter).
 */
public final class CsvTables {

	private CsvTables() {
	}

	public static Spreadsheets.Table read(ImportFile file, char delimiter, List<String> required) {
		String text = decode(file);
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		parse(file, text, delimiter, records, lines);
		if (records.isEmpty()) {
			throw new GraphException(file.name() + ": is empty; expected a header row with " + required);
		}
		List<String> headers = records.get(0).stream().map(Spreadsheets::normalize).toList();
		List<String> missing = required.stream().map(Spreadsheets::normalize).filter(r -> !headers.contains(r)).toList();
		if (!missing.isEmpty()) {
			throw new GraphException(file.name() + ", row 1: the header lacks the columns " + missing + "; found "
					+ headers + (headers.size() == 1 ? " (one column: is the delimiter '" + delimiter + "'?)" : ""));
		}
		List<TableRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			for (int c = 0; c < record.size(); c++) {
				if (record.get(c).length() > Spreadsheets.MAX_CELL) {
					throw new GraphException(file.name() + ", row " + lines.get(i) + ", column " + ((c < headers.size()) ? headers.get(c) : c + 1)
							+ ": a value of " + record.get(c).length() + " characters; at most " + Spreadsheets.MAX_CELL
							+ " are read, so the file is not imported");
				}
			}
			Map<String, TableRow.Cell> cells = new HashMap<>();
			for (int c = 0; c < headers.size() && c < record.size(); c++) {
				cells.putIfAbsent(headers.get(c), new TableRow.Cell(record.get(c), null, null));
			}
			TableRow row = new TableRow(file.name(), null, lines.get(i), cells);
			if (record.size() > headers.size() && !String.join("", record.subList(headers.size(), record.size())).isBlank()) {
				throw new GraphException(file.name() + ", row " + lines.get(i) + ": " + record.size() + " fields, but the header has "
						+ headers.size() + "; is a value with a '" + delimiter + "' missing its quotes?");
			}
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			throw new GraphException(file.name() + ": no rows under the header (row 1); an empty table is not imported");
		}
		return new Spreadsheets.Table(null, 1, headers, rows);
	}

	private static String decode(ImportFile file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.bytes()))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new GraphException(file.name() + ": is not UTF-8 text (" + ex.getMessage() + "); save it as UTF-8");
		}
	}

	private static void parse(ImportFile file, String text, char delimiter, List<List<String>> records, List<Integer> lines) {
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == delimiter) {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
					lines.add(recordLine);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new GraphException(file.name() + ", row " + recordLine + ": a quoted field is never closed");
		}
		if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
			lines.add(recordLine);
		}
	}

}
