package org.enforcementgraph.system.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The graph's fingerprint: the SHA-256 of the sorted lines of every node (labels, properties) and relationship
 * (type, the ids of its ends, properties), each line JSON with sorted keys and typed values. Two graphs have the same
 * fingerprint exactly when they hold the same facts with the same ids and values (README, Security and operations).
 */
@Component
public final class Fingerprint {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphDump dump;

	public Fingerprint(GraphDump dump) {
		this.dump = dump;
	}

	public String of() {
		return of(true);
	}

	/**
	 * The fingerprint of the facts alone: without the migration history, whose times of application differ between
	 * two databases built from the same files.
	 */
	public String ofFacts() {
		return of(false);
	}

	private String of(boolean withMigrations) {
		List<String> lines = new ArrayList<>();
		this.dump.each(entry -> {
			if (withMigrations || entry.labels() == null || !entry.labels().contains("Migration")) {
				lines.add(json.writeValueAsString(entry.toJson()));
			}
		});
		lines.sort(null);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				sha.update(line.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) '\n');
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
