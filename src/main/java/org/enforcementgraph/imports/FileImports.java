package org.enforcementgraph.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.PlannerStatistics;

/**
 * Runs an importer over files, each in its own transaction (whole or not at all), skipping files whose bytes this
 * importer already imported, printing progress and a summary per file and in total, and writing the rejected rows
 * of the imported files to a CSV report.
 */
@Component
public final class FileImports {

	/** Threads that read the files of a batch: one per core. */
	private static final int READERS = Runtime.getRuntime().availableProcessors();

	private final TransactionTemplate transactions;

	private final Cypher cypher;

	private final PlannerStatistics statistics;

	public FileImports(TransactionTemplate transactions, Cypher cypher, PlannerStatistics statistics) {
		this.transactions = transactions;
		this.cypher = cypher;
		this.statistics = statistics;
	}

	/**
	 * @param importer the import source's name, recorded on each file's Source as {@code importer}
	 * @param report where to write rejected rows, if any
	 * @return 0 when every file was imported or skipped, 1 when a file was refused
	 */
	public int run(String importer, List<Path> paths, FileImporter fileImporter, Path report, PrintStream out) {
		long started = System.nanoTime();
		ImportSummary total = new ImportSummary();
		RejectedRows rejected = new RejectedRows();
		int failed = 0;
		int imported = 0;
		int index = 0;
		for (Path path : paths) {
			index++;
			String progress = "[" + index + "/" + paths.size() + "] " + path.getFileName() + ": ";
			try {
				ImportFile file = ImportFile.read(path);
				if (alreadyImported(importer, file)) {
					out.println(progress + "already imported (same bytes, " + file.sourceId() + "); nothing changed");
					total.count("files skipped");
					continue;
				}
				RejectedRows fileRejected = new RejectedRows();
				ImportSummary summary = this.transactions.execute(status -> fileImporter.importFile(file, fileRejected));
				fileRejected.all().forEach(r -> rejected.add(r.file(), r.sheet(), r.row(), r.column(), r.value(), r.reason()));
				out.println(progress + summary);
				imported++;
				total.count("files imported");
				total.addAll(summary);
			}
			catch (RuntimeException ex) {
				failed++;
				out.println(progress + "REFUSED, nothing of it was imported: " + ImportFailure.reason(ex));
			}
		}
		if (!rejected.isEmpty()) {
			rejected.writeCsv(report);
			out.println("Rejected rows (" + rejected.count() + ", each with file, sheet, row, column, value and reason): " + report);
		}
		total.add("files refused", failed);
		afterWriting(imported);
		out.println("Total: " + total + "; took " + seconds(started) + " s");
		return (failed == 0) ? 0 : 1;
	}

	/**
	 * Like {@link #run}, but the files are read side by side and those that can be read are written together, in one
	 * transaction: either all of them or, when writing fails, none.
	 */
	public <F> int runTogether(String importer, List<Path> paths, FileBatchImporter<F> batch, Path report, PrintStream out) {
		long started = System.nanoTime();
		ImportSummary total = new ImportSummary();
		RejectedRows rejected = new RejectedRows();
		List<F> read = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Set<String> hashes = new HashSet<>();
		int failed = 0;
		// Reading is a large part of such a run and each file reads alone: the files are read on every core, and what
		// became of each is printed in the order given.
		try (ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Math.min(paths.size(), READERS)))) {
			List<Future<BatchRead<F>>> reads = paths.stream()
				.map(path -> readers.submit(() -> readOne(importer, path, batch)))
				.toList();
			for (int i = 0; i < paths.size(); i++) {
				String progress = "[" + (i + 1) + "/" + paths.size() + "] " + paths.get(i).getFileName() + ": ";
				try {
					BatchRead<F> one = outcome(reads.get(i));
					if (one.read() == null || !hashes.add(one.file().sha256())) {
						out.println(progress + "already imported (same bytes, " + one.file().sourceId() + "); nothing changed");
						total.count("files skipped");
						continue;
					}
					read.add(one.read());
					names.add(one.file().name());
					one.rejected().all().forEach(r -> rejected.add(r.file(), r.sheet(), r.row(), r.column(), r.value(), r.reason()));
					out.println(progress + "read");
				}
				catch (RuntimeException ex) {
					failed++;
					out.println(progress + "REFUSED, nothing of it was imported: " + ImportFailure.reason(ex));
				}
			}
		}
		int imported = 0;
		if (!read.isEmpty()) {
			out.println("Writing the " + read.size() + " file(s) read, in one transaction...");
			try {
				FileBatchImporter.Written written = this.transactions.execute(status -> batch.write(read));
				for (int i = 0; i < names.size(); i++) {
					out.println(names.get(i) + ": " + written.files().get(i));
				}
				imported = read.size();
				total.add("files imported", read.size());
				total.addAll(written.total());
			}
			catch (RuntimeException ex) {
				failed += read.size();
				rejected.clear();
				out.println("REFUSED, nothing of the " + read.size() + " file(s) was imported: " + ImportFailure.reason(ex));
			}
		}
		if (!rejected.isEmpty()) {
			rejected.writeCsv(report);
			out.println("Rejected rows (" + rejected.count() + ", each with file, sheet, row, column, value and reason): " + report);
		}
		total.add("files refused", failed);
		afterWriting(imported);
		out.println("Total: " + total + "; took " + seconds(started) + " s");
		return (failed == 0) ? 0 : 1;
	}

	/** A file as read, or ({@code read} null) one this importer already imported. */
	private record BatchRead<F>(ImportFile file, F read, RejectedRows rejected) {
	}

	private <F> BatchRead<F> readOne(String importer, Path path, FileBatchImporter<F> batch) {
		ImportFile file = ImportFile.read(path);
		if (alreadyImported(importer, file)) {
			return new BatchRead<>(file, null, null);
		}
		RejectedRows fileRejected = new RejectedRows();
		return new BatchRead<>(file, batch.read(file, fileRejected), fileRejected);
	}

	/** The result of a read on another thread, its exception thrown here as it would have been by the read itself. */
	private static <T> T outcome(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GraphException("interrupted while reading the files", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Queries after an import that changed the graph are planned with statistics that count what it wrote. */
	private void afterWriting(int filesImported) {
		if (filesImported > 0) {
			this.statistics.refreshAfterBulkWrite();
		}
	}

	private static String seconds(long started) {
		return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
	}

	private boolean alreadyImported(String importer, ImportFile file) {
		return !this.cypher.rows("MATCH (s:Source {id: $id}) WHERE $importer IN coalesce(s.importers, []) RETURN s.id",
				Map.of("id", file.sourceId(), "importer", importer)).isEmpty();
	}

}
