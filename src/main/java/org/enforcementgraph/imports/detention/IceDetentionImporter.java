package org.enforcementgraph.imports.detention;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.enforcementgraph.imports.FileImports;
import org.enforcementgraph.imports.ImportArguments;
import org.enforcementgraph.imports.ImportFile;
import org.enforcementgraph.system.PlannerStatistics;
import org.enforcementgraph.system.cli.CommandInfo;
import org.enforcementgraph.system.cli.Importer;

/**
 * {@code import ice-detention FILE...}: ICE's detention facilities and their yearly statistics from three kinds of
 * file, told apart by their content: ICE's detention statistics workbooks (FY19 to FY26), ICE's 2015 facility
 * listing (DETLOC, county, operator, owner) and the UWCHR facility list (DETLOC, county). Each file is written in its
 * own transaction; then the facilities, their counties and their detention agreements are worked out again from all
 * the graph holds ({@link FacilityDerivation}), so files may come in any order; counties must be imported first. Facilities without
 * a county and agreements without a party are listed in the unmatched report ({@code --unmatched FILE}).
 */
@Component
@CommandInfo(name = "ice-detention", usage = "[--unmatched FILE] FILE...",
		summary = "ICE detention facilities: the yearly detention statistics workbooks (FY19-FY26), the 2015 facility listing, the UWCHR facility list (facilities.csv.gz); import counties first")
public final class IceDetentionImporter implements Importer {

	/** The command's name, also recorded in the {@code importers} of each Source it reads. */
	public static final String NAME = "ice-detention";

	private final FileImports imports;

	private final DetentionFiles files;

	private final FacilityDerivation derivation;

	private final UnmatchedReport unmatched;

	private final TransactionTemplate transactions;

	private final PlannerStatistics statistics;

	IceDetentionImporter(FileImports imports, DetentionFiles files, FacilityDerivation derivation,
			UnmatchedReport unmatched, TransactionTemplate transactions, PlannerStatistics statistics) {
		this.imports = imports;
		this.files = files;
		this.derivation = derivation;
		this.unmatched = unmatched;
		this.transactions = transactions;
		this.statistics = statistics;
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		ImportArguments arguments = ImportArguments.parse(args, Set.of("unmatched"), Set.of());
		List<Path> paths = arguments.existingFiles(false);
		int code = this.imports.run(NAME, paths, this.files::importFile, arguments.rejectedReport(NAME), out);
		FacilityDerivation.Result result = this.transactions.execute(status -> this.derivation.derive());
		// The derivation writes the detention agreements after the files: the statistics must count them too.
		this.statistics.refreshAfterBulkWrite();
		Path report = Path.of(arguments.option("unmatched").orElse("unmatched-" + NAME + ".csv"));
		int listed = this.unmatched.write(report);
		out.println("Facilities: " + result.facilities() + ", located in a county: " + result.located()
				+ ", not located: " + result.notLocated() + "; detention agreements: " + result.agreements()
				+ ", without a party: " + result.withoutParty() + "; yearly rows assigned anew: " + result.yearsMoved()
				+ ((listed > 0) ? "; unmatched (" + listed + "): " + report : ""));
		return code;
	}

	static String head(ImportFile file) {
		return new String(file.bytes(), 0, Math.min(file.bytes().length, 200), StandardCharsets.UTF_8);
	}

	static Map<String, Object> ice(String title, Object published) {
		return (published != null)
				? Map.of("title", title, "publisher", "U.S. Immigration and Customs Enforcement", "published", published)
				: Map.of("title", title, "publisher", "U.S. Immigration and Customs Enforcement");
	}

}
