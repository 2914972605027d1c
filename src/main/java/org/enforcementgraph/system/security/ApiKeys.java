package org.enforcementgraph.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.enforcementgraph.system.Keys;

/**
 * The API keys allowed to write, from configuration ({@code enforcement-graph.security.api-keys[i].name / sha256 /
 * roles}). Only SHA-256 hashes of keys are configured, so a leaked configuration does not leak a key.
 */
@ConfigurationProperties("enforcement-graph.security")
public record ApiKeys(@DefaultValue List<ApiKey> apiKeys) {

	/**
	 * @param name who holds the key; recorded as {@code by} on their corrections
	 * @param sha256 hex SHA-256 of the key
	 * @param roles {@code WRITER} to add and correct facts, {@code READER} for an identified reader
	 */
	public record ApiKey(String name, String sha256, @DefaultValue("WRITER") List<String> roles) {
	}

	/** The holder of {@code key}, compared in constant time against every configured hash. */
	Optional<ApiKey> holderOf(String key) {
		byte[] given = Keys.sha256(key.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
		ApiKey found = null;
		for (ApiKey candidate : this.apiKeys) {
			byte[] expected = candidate.sha256().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(given, expected)) {
				found = candidate;
			}
		}
		return Optional.ofNullable(found);
	}

}
