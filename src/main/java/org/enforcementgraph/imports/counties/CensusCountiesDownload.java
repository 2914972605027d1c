package org.enforcementgraph.imports.counties;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.enforcementgraph.imports.Download;

/**
 * Where {@code import counties --download} gets the Census county list, and how the file is named: as the address
 * names it, so the bytes then go through the same import as a file given on the command line (same Source, same
 * hash). The address is configuration ({@value #SETTING}) or {@code --url}; there is no default, so that this program
 * never reaches out to a host the user did not choose.
 */
@Component
final class CensusCountiesDownload {

	static final String SETTING = "enforcement-graph.download.census-counties-url";

	static final String WHAT_IT_POINTS_AT = "the Census Bureau's 2020 national county FIPS list, the text file"
			+ " national_county2020.txt among the Bureau's geographic reference codes (or another county list this import"
			+ " reads)";

	/** The 2020 list is about 200 KB; a county list of several megabytes is something else. */
	private static final long MAX_BYTES = 20_000_000;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(?!\\d)");

	private final String configuredUrl;

	CensusCountiesDownload(@Value("${" + SETTING + ":}") String url) {
		this.configuredUrl = url;
	}

	/** The URL to download: {@code --url} when given, else the configured one; neither is a usage error. */
	String url(Optional<String> given) {
		return Download.address(given, this.configuredUrl, SETTING, WHAT_IT_POINTS_AT);
	}

	/** The vintage a URL names ({@code codes2020/national_county2020.txt} is 2020), for when --vintage is not given. */
	static Optional<Integer> vintageOf(String url) {
		String path = URI.create(url).getPath();
		Matcher m = YEAR.matcher(path.substring(path.lastIndexOf('/') + 1));
		if (!m.find()) {
			m = YEAR.matcher(path);
			if (!m.find()) {
				return Optional.empty();
			}
		}
		return Optional.of(Integer.parseInt(m.group(1) + m.group(2)));
	}

	/** Downloads {@code url} into the download's temporary folder, named as the URL names it. */
	Path fetch(Download download, String url) {
		Download.Response response = download.get(url, MAX_BYTES);
		return download.save(Download.fileName(URI.create(url), "counties.txt"), response.body());
	}

}
