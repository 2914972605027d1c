package org.enforcementgraph.imports.ice287g;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.imports.FileBatchImporter;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.imports.Spreadsheets;
import org.enforcementgraph.imports.TableRow;
import org.enforcementgraph.imports.agencies.RosterMatcher;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;

/**
 * One run of {@code import ice-287g} or {@code import ice-287g-pending}. Each file's rows are read and cleaned into
 * list entries; then, in one transaction, the entries are written, the whole history is derived again from every
 * entry in the graph ({@link HistoryDerivation}), and the graph is brought to it by writing only what differs
 * ({@link DerivedGraphWriter}).
 */
final class ListImport implements FileBatchImporter<ListImport.ListFile> {

	static final String PUBLISHER = "U.S. Immigration and Customs Enforcement";

	static final String ICE_287G_PAGE = "https://www.ice.gov/identify-and-arrest/287g";

	private final Snapshot.ListKind list;

	private final String importer;

	private final Optional<LocalDate> asOf;

	private final Services services;

	private final Map<String, Object> sourceProperties;

	/** The beans a run uses. */
	record Services(Cypher cypher, SourceFiles sources, StateNodes states, CountyLinker linker, RosterMatcher matcher) {
	}

	/** One list as read: its snapshot, its entries and what was cleaned, not yet written. */
	record ListFile(ImportFile file, Snapshot snapshot, List<ListEntry> entries, CleaningLog log, int rowsRead,
			int rowsRejected) {
	}

	/**
	 * @param sourceProperties what the Source of each file records beyond what its name and bytes give (a download's
	 * {@code url}, {@code retrieved} and {@code note})
	 */
	ListImport(Snapshot.ListKind list, String importer, Optional<LocalDate> asOf, Services services,
			Map<String, Object> sourceProperties) {
		this.list = list;
		this.importer = importer;
		this.asOf = asOf;
		this.services = services;
		this.sourceProperties = Map.copyOf(sourceProperties);
	}

	@Override
	public ListFile read(ImportFile file, RejectedRows rejected) {
		Snapshot snapshot = new Snapshot(file.sourceId(), this.list, date(file), time(file));
		List<TableRow> rows = rows(file);
		CleaningLog log = new CleaningLog();
		RowCleaner cleaner = new RowCleaner(snapshot, file.name(), log, rejected);
		List<ListEntry> entries = rows.stream().map(cleaner::clean).flatMap(Optional::stream).toList();
		return new ListFile(file, snapshot, entries, log, rows.size(), rejected.count());
	}

	@Override
	public Written write(List<ListFile> files) {
		ListStore store = new ListStore(this.services.cypher());
		Map<String, Snapshot> snapshots = new LinkedHashMap<>(store.snapshots());
		// Without a list in the graph there is no history to read (the first import of a new database).
		List<ListEntry> entries = snapshots.isEmpty() ? new ArrayList<>() : new ArrayList<>(store.entries());
		DerivedGraph before = snapshots.isEmpty() ? new DerivedGraph() : store.history();
		for (ListFile file : files) {
			recordSource(file.file(), file.snapshot(), file.entries());
			snapshots.put(file.snapshot().sourceId(), file.snapshot());
			entries.addAll(file.entries());
		}
		store.writeEntries(files);
		new Cleanups(this.services.cypher()).write(files);
		Observations observations = new Observations(snapshots, entries);
		DerivedGraph after = HistoryDerivation.derive(observations);
		new DerivedGraphWriter(this.services.cypher()).write(before, after);
		int matched = this.services.matcher().match().matched();
		int linked = this.services.linker().linkAgencies();
		ImportSummaries summaries = new ImportSummaries(observations, after);
		List<ImportSummary> perFile = files.stream()
			.map(f -> summaries.ofList(f.snapshot(), f.rowsRead(), f.log().cells(), f.rowsRejected()))
			.toList();
		return new Written(perFile, ImportSummaries.total(before, after, files.stream().mapToInt(ListFile::rowsRead).sum(),
				files.stream().mapToInt(f -> f.log().cells()).sum(), files.stream().mapToInt(ListFile::rowsRejected).sum())
			.add("agencies linked to their county", linked)
			.add("agencies matched to the FBI roster", matched));
	}

	private LocalDate date(ImportFile file) {
		return this.asOf.orElseGet(() -> Snapshot.timeFromName(file.name())
			.orElseThrow(() -> new GraphException(file.name() + ": cannot tell the date of this list from its name (ICE names"
					+ " its files like participatingAgencies05182026am.xlsx; Wayback copies end in -YYYYMMDDhhmmss.xlsx);"
					+ " give the date with --as-of YYYY-MM-DD"))
			.toLocalDate());
	}

	/** The time the name gives when it agrees with the date; else the start of the day. */
	private LocalDateTime time(ImportFile file) {
		LocalDate date = date(file);
		return Snapshot.timeFromName(file.name()).filter(t -> t.toLocalDate().equals(date)).orElse(date.atStartOfDay());
	}

	private List<TableRow> rows(ImportFile file) {
		List<String> required = (this.list == Snapshot.ListKind.PARTICIPATING)
				? List.of(RowCleaner.STATE, RowCleaner.AGENCY, RowCleaner.SUPPORT_TYPE, RowCleaner.SIGNED)
				: List.of(RowCleaner.STATE, RowCleaner.AGENCY, RowCleaner.SUPPORT_TYPE);
		try (Workbook workbook = Spreadsheets.open(file)) {
			Spreadsheets.Table table = Spreadsheets.table(file, workbook, name -> true, required, 20);
			if (this.list == Snapshot.ListKind.PENDING && table.headers().contains(RowCleaner.SIGNED)) {
				throw new GraphException(file.name() + ", sheet '" + table.sheet() + "': has a SIGNED column, so it is a list of"
						+ " participating agencies; import it with: import ice-287g");
			}
			return table.rows();
		}
		catch (IOException ex) {
			throw new GraphException(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private void recordSource(ImportFile file, Snapshot snapshot, List<ListEntry> entries) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("title", this.list.title + " as of " + snapshot.date() + " (" + file.name() + ")");
		properties.put("publisher", PUBLISHER);
		properties.put("published", snapshot.date());
		properties.put("url", ICE_287G_PAGE);
		properties.put("kind", "LIST_SNAPSHOT");
		properties.put("list", this.list.code);
		properties.put("snapshotDate", snapshot.date());
		properties.put("snapshotAt", snapshot.at().atZone(ZoneOffset.UTC));
		if (file.name().matches("(?i).*-\\d{14}\\.xlsx")) {
			properties.put("note", "a copy of the list as the Wayback Machine captured ICE's 287(g) page at " + snapshot.at()
					+ " UTC");
		}
		properties.putAll(this.sourceProperties);
		String sourceId = this.services.sources().record(this.importer, file, properties);
		this.services.cypher().run("""
				MATCH (source:Source {id: $sourceId})
				MERGE (ice:FederalAgency {id: $ice})
				ON CREATE SET ice.code = 'ICE', ice.name = $publisher
				MERGE (ice)-[:CITES]->(source)""", Map.of("sourceId", sourceId, "ice", HistoryDerivation.ICE, "publisher", PUBLISHER));
		this.services.states().ensure(entries.stream().map(ListEntry::state).distinct().toList(), sourceId);
	}

}
