package org.enforcementgraph.imports;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.cli.UsageException;

/**
 * The downloads of one {@code import ... --download} run: http(s) GETs with timeouts, redirects followed (never from
 * https to http), only an HTTP 200 accepted and the body bounded in size; files are saved in a temporary folder that
 * {@link #close()} deletes. A file saved here is then imported exactly as a file named on the command line. Every
 * failure is a {@link GraphException} saying what failed, which setting holds the address, and what to do offline.
 */
public final class Download implements AutoCloseable {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

	static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final String command;

	private final String setting;

	private final Duration timeout;

	private final HttpClient client;

	private Path folder;

	/**
	 * @param command the import, for the offline hint ({@code import counties}: "import counties FILE")
	 * @param setting the property that holds the address, named in failure messages
	 */
	public Download(String command, String setting) {
		this(command, setting, TIMEOUT);
	}

	Download(String command, String setting, Duration timeout) {
		this.command = command;
		this.setting = setting;
		this.timeout = timeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** A response with status 200: the address that finally answered (after redirects), its body and its type. */
	public record Response(URI uri, byte[] body, String contentType) {
	}

	/**
	 * The address to download from: {@code --url} when given, else the configured one. With neither, the command
	 * cannot run: the message names the setting and says in words what it should point at.
	 */
	public static String address(Optional<String> given, String configured, String setting, String whatItPointsAt) {
		String url = given.orElse((configured == null) ? "" : configured.strip());
		if (url.isEmpty()) {
			throw new UsageException("no download address is set: give --url ADDRESS or set " + setting + " (--" + setting
					+ "=ADDRESS, or the environment variable " + setting.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_")
					+ ") to the address of " + whatItPointsAt);
		}
		if (httpUri(url).isEmpty()) {
			throw new UsageException("the download address must be an http(s) address; got '" + url + "' (from "
					+ (given.isPresent() ? "--url" : setting) + ")");
		}
		return url;
	}

	/** {@code url} as an absolute http(s) URI with a host, or empty. */
	public static Optional<URI> httpUri(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) ? Optional.of(uri)
					: Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/** The last segment of the address's path, decoded, with anything but letters, digits, dot, dash and underscore replaced. */
	public static String fileName(URI uri, String fallback) {
		String path = (uri.getRawPath() == null) ? "" : uri.getRawPath();
		String last = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
		String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
		return safe.isEmpty() ? fallback : safe;
	}

	/** GETs {@code url}; fails unless the answer is HTTP 200 with at most {@code maxBytes} bytes. */
	public Response get(String url, long maxBytes) {
		URI uri = httpUri(url).orElseThrow(() -> new GraphException(url + " is not an http(s) address"));
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build();
		CompletableFuture<HttpResponse<byte[]>> sent = this.client.sendAsync(request, BoundedBody.handler(maxBytes));
		try {
			HttpResponse<byte[]> response = sent.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			return new Response(response.uri(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (TimeoutException ex) {
			sent.cancel(true);
			throw failed(url, "no complete answer within " + this.timeout.toSeconds() + " s", ex);
		}
		catch (ExecutionException ex) {
			throw failed(url, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			sent.cancel(true);
			throw new GraphException("downloading " + url + " was interrupted", ex);
		}
	}

	/** Writes {@code bytes} as {@code fileName} into this download's temporary folder. */
	public Path save(String fileName, byte[] bytes) {
		try {
			if (this.folder == null) {
				this.folder = Files.createTempDirectory("enforcement-graph-download-");
			}
			return Files.write(this.folder.resolve(fileName), bytes);
		}
		catch (IOException ex) {
			throw new GraphException("cannot save the downloaded file " + fileName + " in the temporary folder ("
					+ ex.getMessage() + ")", ex);
		}
	}

	/** The temporary folder, once a file was saved. */
	Optional<Path> folder() {
		return Optional.ofNullable(this.folder);
	}

	/** Deletes the temporary folder and what was saved in it. */
	@Override
	public void close() {
		this.client.close();
		if (this.folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A temporary folder the system cleans up anyway.
		}
	}

	private GraphException failed(String url, Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof BoundedBody.Refused refused) {
				return new GraphException("downloading " + url + " failed: " + refused.getMessage() + "; check " + this.setting
						+ " (or --url)", cause);
			}
		}
		return failed(url, reason(httpUri(url).orElseThrow(), cause), cause);
	}

	private GraphException failed(String url, String reason, Throwable cause) {
		return new GraphException("downloading " + url + " failed: " + reason + ". The address comes from " + this.setting
				+ " (or --url); without internet, download the file elsewhere and import it: " + this.command + " FILE",
				cause);
	}

	/** Why it failed; a timeout reads the same whichever of the two clocks (the request's, the whole answer's) ran out. */
	private String reason(URI uri, Throwable ex) {
		Throwable root = ex;
		while (root instanceof CompletionException && root.getCause() != null) {
			root = root.getCause();
		}
		if (root instanceof HttpConnectTimeoutException) {
			return "no connection to " + uri.getHost() + " within " + CONNECT_TIMEOUT.toSeconds() + " s";
		}
		if (root instanceof HttpTimeoutException) {
			return "no complete answer within " + this.timeout.toSeconds() + " s";
		}
		if (root instanceof UnknownHostException || root.getCause() instanceof UnresolvedAddressException) {
			return "the host " + uri.getHost() + " is unknown (no network?)";
		}
		if (root instanceof ConnectException) {
			return "cannot connect to " + uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "")
					+ " (refused or unreachable)";
		}
		return (root.getMessage() == null) ? "the connection failed" : "the connection failed (" + root.getMessage() + ")";
	}

}
