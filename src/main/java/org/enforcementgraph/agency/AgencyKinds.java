package org.enforcementgraph.agency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code AgencyKind} of an agency, read from its name (and, for state agencies, the type ICE prints beside it):
 * sources rarely say it otherwise, and laws bind kinds of agencies ("sheriffs", "county jails"). The first rule
 * that matches wins, so "Lebanon County Sheriff's Office" is a sheriff and "Cambria County Prison" corrections.
 */
public final class AgencyKinds {

	private record Rule(Pattern name, String kind) {
	}

	private static final Rule[] RULES = { rule("\\bsheriff", "SHERIFF"), rule("\\bconstable", "CONSTABLE"),
			rule("district attorney|\\bjudicial\\b|\\bcourts?\\b|prosecut", "JUDICIAL"),
			rule("correction|\\bjail\\b|prison|detention|penitentiary", "CORRECTIONS"),
			rule("universit|college|\\bschool", "CAMPUS"), rule("\\bport\\b|airport|aviation", "PORT"),
			rule("\\bregional\\b", "REGIONAL") };

	private static final Pattern POLICE = Pattern.compile("police|marshal|public safety|\\bpatrol\\b");

	private AgencyKinds() {
	}

	private static Rule rule(String regex, String kind) {
		return new Rule(Pattern.compile(regex), kind);
	}

	/**
	 * @param iceType the agency type ICE prints ("County", "Municipality", "State Agency"), or null
	 */
	public static String of(String name, String iceType) {
		String text = name.toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (rule.name().matcher(text).find()) {
				return rule.kind();
			}
		}
		if (iceType != null && iceType.toLowerCase(Locale.ROOT).startsWith("state")) {
			return "STATE_AGENCY";
		}
		return POLICE.matcher(text).find() ? "POLICE" : "OTHER";
	}

}
