package org.enforcementgraph.imports.counties;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.UsageException;

/**
 * Downloads the Census county list ({@code import counties --download}) into a temporary file named as the URL names
 * it, so the bytes then go through the same import as a file given on the command line (same Source, same hash).
 * The URL is configuration ({@code enforcement-graph.download.census-counties-url}, by default the Census Bureau's
 * 2020 FIPS county list), or {@code --url}.
 */
@Component
final class CensusCountiesDownload {

	static final String DEFAULT_URL = "https://www2.census.gov/geo/docs/reference/codes2020/national_county2020.txt";

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(?!\\d)");

	private final String configuredUrl;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(20))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	CensusCountiesDownload(@Value("${enforcement-graph.download.census-counties-url:" + DEFAULT_URL + "}") String url) {
		this.configuredUrl = url;
	}

	/** The URL to download: {@code --url} when given, else the configured one. */
	String url(Optional<String> given) {
		return given.orElse(this.configuredUrl);
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

	/** Downloads {@code url} into a new temporary folder; the caller deletes it. */
	Path fetch(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--url must be an http(s) URL; got '" + url + "'");
		}
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new UsageException("--url must be an http(s) URL; got '" + url + "'");
		}
		String name = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
		try {
			HttpResponse<byte[]> response = this.client.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new GraphException("downloading " + url + " failed: HTTP " + response.statusCode()
						+ "; check enforcement-graph.download.census-counties-url (or --url)");
			}
			Path file = Files.createTempDirectory("census-counties").resolve(name.isEmpty() ? "counties.txt" : name);
			Files.write(file, response.body());
			return file;
		}
		catch (IOException ex) {
			throw new GraphException("downloading " + url + " failed (" + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage() + "); without internet, import a downloaded copy: import counties FILE", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GraphException("downloading " + url + " was interrupted", ex);
		}
	}

}
