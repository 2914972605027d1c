package org.enforcementgraph.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.enforcementgraph.system.GraphException;
import org.enforcementgraph.system.Keys;

/**
 * A file being imported, read once: its bytes and SHA-256. Its {@code Source} id is made from the hash, so the same
 * bytes are the same source whatever the file is called and however often they are imported.
 */
public record ImportFile(Path path, byte[] bytes, String sha256) {

	public static ImportFile read(Path path) {
		try {
			byte[] bytes = Files.readAllBytes(path);
			return new ImportFile(path, bytes, Keys.sha256(bytes));
		}
		catch (IOException ex) {
			throw new GraphException(path + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	public String name() {
		return this.path.getFileName().toString();
	}

	/** {@code source:sha256:} + the first 16 hex digits of the file's SHA-256. */
	public String sourceId() {
		return "source:sha256:" + this.sha256.substring(0, 16);
	}

}
