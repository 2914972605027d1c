package org.enforcementgraph.system.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes the whole graph, sources and migration history included, as JSON Lines: a header line, then one line per
 * node and per relationship (see {@link GraphDump}). Gzipped when the file name ends in {@code .gz}. The file is
 * written beside the target and moved into place at the end, so a failed export leaves no half-written file.
 */
@Component
public final class GraphExport {

	static final String FORMAT = "enforcement-graph-export";

	static final int VERSION = 1;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphDump dump;

	public GraphExport(GraphDump dump) {
		this.dump = dump;
	}

	/** @return how many nodes and relationships were written */
	public Map<String, Long> writeTo(Path file) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Map<String, Long> written;
		try (Writer out = writer(partial, file.getFileName().toString().endsWith(".gz"))) {
			written = write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return written;
	}

	/** Writes the header line and every node and relationship to {@code out}. */
	public Map<String, Long> write(Writer out) throws IOException {
		AtomicLong nodes = new AtomicLong();
		AtomicLong relationships = new AtomicLong();
		Map<String, Object> header = new TreeMap<>();
		header.put("format", FORMAT);
		header.put("version", VERSION);
		out.write(json.writeValueAsString(header));
		out.write('\n');
		this.dump.each(entry -> {
			(entry.kind().equals("node") ? nodes : relationships).incrementAndGet();
			try {
				out.write(json.writeValueAsString(entry.toJson()));
				out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return Map.of("nodes", nodes.get(), "relationships", relationships.get());
	}

	private static Writer writer(Path file, boolean gzip) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		OutputStream stream = Files.newOutputStream(file);
		return new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(stream) : stream, StandardCharsets.UTF_8));
	}

}
