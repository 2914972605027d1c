package org.enforcementgraph.imports.counties;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.enforcementgraph.county.CountyLinker;
import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.imports.Download;
import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.imports.ImportSummary;
import org.enforcementgraph.imports.RejectedRows;
import org.enforcementgraph.imports.SourceFiles;
import org.enforcementgraph.state.StateNodes;
import org.enforcementgraph.system.Cypher;
import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;
import org.enforcementgraph.system.cli.UsageException;

/**
 * {@code import counties FILE...}: county-equivalents (five-digit FIPS, name, state) and their states, from a
 * us-atlas TopoJSON (with outlines, kept as GeoJSON for maps) or the Census FIPS county list. Files of several
 * vintages may be imported in any order: a county keeps every vintage that lists it, the outline of the newest,
 * the full name of the county list over the short name of the atlas, and {@code current} says whether the newest
 * vintage imported still lists it (Connecticut's eight old counties are not current once the 2023 planning regions
 * are in).
 */
@Component
@CommandInfo(name = "counties", usage = "[--vintage YEAR] FILE... | --download [--url URL] [--vintage YEAR]",
		summary = "Counties and states from a us-atlas TopoJSON (counties-10m.json, with outlines) or the Census FIPS county list (CSV), or downloaded (--download) from the address set in " + CensusCountiesDownload.SETTING + " or given with --url")
final class CountiesImporter implements Importer {

	static final String NAME = "counties";

	/** Independent cities have county codes from 510 in these states; atlases print their names bare ("Richmond"). */
	private static final Set<String> INDEPENDENT_CITY_STATES = Set.of("VA", "MD", "MO");

	private final FileImports imports;

	private final SourceFiles sources;

	private final StateNodes states;

	private final CountyLinker linker;

	private final Cypher cypher;

	private final CensusCountiesDownload download;

	CountiesImporter(FileImports imports, SourceFiles sources, StateNodes states, CountyLinker linker, Cypher cypher,
			CensusCountiesDownload download) {
		this.download = download;
		this.imports = imports;
		this.sources = sources;
		this.states = states;
		this.linker = linker;
		this.cypher = cypher;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("vintage", "url"), Set.of("download"));
		Optional<Integer> vintage = arguments.option("vintage").map(CountiesImporter::year);
		if (!arguments.flag("download")) {
			if (arguments.option("url").isPresent()) {
				throw new UsageException("--url goes with --download");
			}
			return this.imports.run(NAME, arguments.existingFiles(false),
					(file, rejected) -> importFile(file, vintage, Map.of(), rejected), arguments.rejectedReport(NAME), out);
		}
		if (!arguments.files().isEmpty()) {
			throw new UsageException("--download takes no files: it imports what it downloads");
		}
		String url = this.download.url(arguments.option("url"));
		Optional<Integer> downloadVintage = vintage.or(() -> CensusCountiesDownload.vintageOf(url));
		if (downloadVintage.isEmpty()) {
			throw new UsageException("cannot tell the vintage of " + url + " from its name; give --vintage YEAR");
		}
		out.println("Downloading " + url);
		try (Download download = new Download("import " + NAME, CensusCountiesDownload.SETTING)) {
			Path file;
			try {
				file = this.download.fetch(download, url);
			}
			catch (GraphException ex) {
				out.println("Download failed, nothing was imported: " + ex.getMessage());
				return 1;
			}
			Map<String, Object> source = Map.of("url", url, "retrieved", LocalDate.now());
			return this.imports.run(NAME, List.of(file), (f, rejected) -> importFile(f, downloadVintage, source, rejected),
					arguments.rejectedReport(NAME), out);
		}
	}

	private static int year(String value) {
		if (!value.matches("\\d{4}")) {
			throw new UsageException("--vintage must be a year, e.g. 2023; got '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	ImportSummary importFile(ImportFile file, Optional<Integer> givenVintage, Map<String, Object> sourceProperties,
			RejectedRows rejected) {
		CountyVintage vintage = CountyVintage.of(file.path(), givenVintage);
		boolean atlas = isJson(file);
		List<CountyRecord> counties = atlas ? TopoJsonCounties.read(file, rejected) : FipsCountyList.read(file, rejected);
		Map<String, Object> source = new HashMap<>(sourceProperties);
		source.putAll(Map.of("title", vintage.description() + " (" + file.name() + ")", "publisher", vintage.publisher(),
				"vintage", vintage.year(), "kind", "DATA_FILE"));
		String sourceId = this.sources.record(NAME, file, source);
		this.states.ensure(counties.stream().map(CountyRecord::state).distinct().toList(), sourceId);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CountyRecord county : counties) {
			String name = atlas ? atlasName(county) : county.name();
			Map<String, Object> row = new HashMap<>();
			row.put("id", "county:" + county.fips());
			row.put("fips", county.fips());
			row.put("state", county.state());
			row.put("name", name);
			row.put("nameKey", CountyNames.key(name));
			row.put("geometry", county.geometry());
			rows.add(row);
		}
		Map<String, Object> written = this.cypher.rows("""
				MATCH (source:Source {id: $sourceId})
				UNWIND $rows AS row
				MATCH (state:State {postal: row.state})
				MERGE (c:County {id: row.id})
				ON CREATE SET c.fips = row.fips, c.state = row.state, c._new = true
				SET c.vintages = %s
				FOREACH (_ IN CASE WHEN $atlas AND $vintage >= coalesce(c.atlasVintage, 0) THEN [1] END |
				  SET c.atlasName = row.name, c.atlasNameKey = row.nameKey, c.atlasVintage = $vintage, c.geometry = row.geometry)
				FOREACH (_ IN CASE WHEN NOT $atlas AND $vintage >= coalesce(c.listVintage, 0) THEN [1] END |
				  SET c.listName = row.name, c.listNameKey = row.nameKey, c.listVintage = $vintage)
				SET c.name = coalesce(c.listName, c.atlasName), c.nameKey = coalesce(c.listNameKey, c.atlasNameKey)
				MERGE (c)-[:CITES]->(source)
				MERGE (c)-[r:IN_STATE]->(state)
				SET r.sources = %s
				WITH c, c._new IS NOT NULL AS isNew
				REMOVE c._new
				RETURN count(*) AS counties, count(CASE WHEN isNew THEN 1 END) AS created""".formatted(
				Cypher.sortedSetWith("c.vintages", "$vintage"), Cypher.sortedSetWith("r.sources", "$sourceId")),
				Map.of("sourceId", sourceId, "rows", rows, "vintage", vintage.year(), "atlas", atlas))
			.get(0);
		// Whether each county is still listed by the newest vintage imported, whatever the order of the imports.
		this.cypher.run("""
				MATCH (c:County) WITH max(c.vintages[-1]) AS newest
				MATCH (c:County) SET c.current = newest IN c.vintages""", Map.of());
		int linked = this.linker.linkAgencies();
		int total = ((Number) written.get("counties")).intValue();
		int created = ((Number) written.get("created")).intValue();
		return new ImportSummary().add("rows read", counties.size() + rejected.count())
			.add("counties new", created)
			.add("counties updated", total - created)
			.add("agencies linked to their county", linked)
			.add("rows rejected", rejected.count());
	}

	/** The atlas's short name, with " city" for independent cities as the Census lists them ("Richmond city"). */
	private static String atlasName(CountyRecord county) {
		boolean independentCity = INDEPENDENT_CITY_STATES.contains(county.state())
				&& Integer.parseInt(county.fips().substring(2)) >= 510;
		return independentCity ? county.name() + " city" : county.name();
	}

	private static boolean isJson(ImportFile file) {
		for (byte b : file.bytes()) {
			if (!Character.isWhitespace(b)) {
				return b == '{';
			}
		}
		return false;
	}

}
