package org.enforcementgraph.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.enforcementgraph.system.cli.UsageException;

/**
 * The options and files after {@code import SOURCE}: {@code --name VALUE} or {@code --name=VALUE} for options that
 * take a value, {@code --name} for flags, everything else a file. Unknown options and missing files are usage errors.
 * Every import also takes {@code --rejected FILE}, where its rejected rows are written ({@link #rejectedReport}).
 */
public record ImportArguments(Map<String, String> options, Set<String> flags, List<Path> files) {

	/** The option every import takes: where to write the rejected-rows report. */
	public static final String REJECTED = "rejected";

	public static ImportArguments parse(List<String> args, Set<String> importOptions, Set<String> flagOptions) {
		Set<String> valueOptions = new HashSet<>(importOptions);
		valueOptions.add(REJECTED);
		Map<String, String> options = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				files.add(Path.of(arg));
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flagOptions.contains(name) && value == null) {
				flags.add(name);
			}
			else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.put(name, value);
			}
			else {
				throw new UsageException("unknown option --" + name + "; this import takes "
						+ (valueOptions.isEmpty() && flagOptions.isEmpty() ? "no options"
								: String.join(", ", valueOptions.stream().sorted().map(o -> "--" + o + " VALUE").toList())
										+ (flagOptions.isEmpty() ? "" : ", " + String.join(", ", flagOptions.stream().map(o -> "--" + o).toList()))));
			}
		}
		return new ImportArguments(Map.copyOf(options), Set.copyOf(flags), List.copyOf(files));
	}

	/** The files, each checked to exist; at least one unless {@code allowNone}. */
	public List<Path> existingFiles(boolean allowNone) {
		if (this.files.isEmpty() && !allowNone) {
			throw new UsageException("no file given: name the file(s) to import");
		}
		for (Path file : this.files) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException("no such file: " + file);
			}
		}
		return this.files;
	}

	/** Where the rejected rows of {@code source} go: {@code --rejected FILE}, by default {@code rejected-SOURCE.csv} here. */
	public Path rejectedReport(String source) {
		return Path.of(option(REJECTED).orElse("rejected-" + source + ".csv"));
	}

	public boolean flag(String name) {
		return this.flags.contains(name);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(this.options.get(name));
	}

	/** A date option, {@code YYYY-MM-DD}. */
	public Optional<LocalDate> date(String name) {
		return option(name).map(value -> {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new UsageException("--" + name + " must be a date YYYY-MM-DD; got '" + value + "'");
			}
		});
	}

}
