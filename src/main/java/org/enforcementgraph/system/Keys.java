package org.enforcementgraph.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How stable ids are made (README, Ids): a kind prefix, then a key built from what identifies the thing, so the
 * same thing gets the same id on every import.
 */
public final class Keys {

	private Keys() {
	}

	/**
	 * A name reduced to lower-case ASCII words joined by dashes, apostrophes dropped and {@code &} spelled out:
	 * {@code "Autauga County Sheriff's Office "} becomes {@code autauga-county-sheriffs-office}.
	 */
	public static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String text = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’‘`]", "");
		return text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** The first 16 hex digits of the SHA-256 of {@code text}: short, stable, and unique enough for ids. */
	public static String hash(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

	/** The SHA-256 of {@code bytes} in hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
