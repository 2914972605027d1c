package org.enforcementgraph.imports.ice287g;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Download;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.UsageException;

/**
 * The arguments of both list imports: {@code [--as-of YYYY-MM-DD] FILE...}, or {@code --download [--url URL]}, which
 * imports the downloaded list through the very same path as a file given on the command line.
 */
@Component
final class ListCommand {

	static final String USAGE = "[--as-of YYYY-MM-DD] FILE... | --download [--url URL] [--as-of YYYY-MM-DD]";

	private final FileImports imports;

	private final ListImport.Services services;

	private final ListDownload download;

	ListCommand(FileImports imports, ListImport.Services services, ListDownload download) {
		this.imports = imports;
		this.services = services;
		this.download = download;
	}

	int run(String name, Snapshot.ListKind list, List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("as-of", "url"), Set.of("download"));
		Optional<LocalDate> asOf = arguments.date("as-of");
		Path report = arguments.rejectedReport(name);
		if (!arguments.flag("download")) {
			if (arguments.option("url").isPresent()) {
				throw new UsageException("--url goes with --download");
			}
			List<Path> files = arguments.existingFiles(false);
			if (asOf.isPresent() && files.size() > 1) {
				throw new UsageException("--as-of gives one date, so it takes one file; got " + files.size());
			}
			return this.imports.runTogether(name, files, new ListImport(list, name, asOf, this.services, Map.of()), report, out);
		}
		if (!arguments.files().isEmpty()) {
			throw new UsageException("--download takes no files: it imports what it downloads");
		}
		String page = this.download.pageUrl(arguments.option("url"));
		out.println("Downloading " + page);
		try (Download download = new Download("import " + name, ListDownload.SETTING)) {
			ListDownload.Downloaded downloaded;
			try {
				downloaded = this.download.fetch(download, page, list, asOf.isPresent(), out);
			}
			catch (UsageException ex) {
				throw ex;
			}
			catch (GraphException ex) {
				out.println("Download failed, nothing was imported: " + ex.getMessage());
				return 1;
			}
			return this.imports.runTogether(name, List.of(downloaded.file()),
					new ListImport(list, name, asOf, this.services, downloaded.source()), report, out);
		}
	}

}
