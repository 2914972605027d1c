package org.enforcementgraph.imports.agencies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.enforcementgraph.agency.AgencyIds;
import org.enforcementgraph.agency.NameSimilarity;
import org.enforcementgraph.state.StateNames;

/**
 * Which agency of the FBI's roster an agency named by another source (ICE's 287(g) lists, the Washington Post) is.
 * The rules, tried in this order; the first that leaves exactly one roster agency decides, with its confidence:
 * <ol>
 * <li>{@value #SAME_ORI} (1.0): the source gave the agency's ORI.</li>
 * <li>{@value #SAME_NAME} (0.95): the names are the same once spelling noise is removed ({@link AgencyIds#key}), the
 * state's name in front optional ("Texas Department of Public Safety" is the roster's "Department of Public Safety" in
 * Texas).</li>
 * <li>{@value #SAME_PLACE_AND_COUNTY} (0.9): the same place name once the words every agency has are removed
 * ("Autauga County Sheriff's Office" and the roster's county agency "Autauga"; "Ocala Police Department" and the
 * city agency "Ocala"), the same kind (the roster's county agencies are sheriffs unless named police), and a county
 * in common (county names a letter or two apart count as one: ICE misspells some).</li>
 * <li>{@value #SAME_PLACE} (0.75): as the last, where one of the two names no county and no other roster agency of the
 * state has that place name and kind.</li>
 * <li>{@value #SIMILAR_PLACE} (0.7): place names whose words are each at most one letter apart (two for words of
 * seven or more letters), the same kind and a county in common.</li>
 * </ol>
 * Two agencies whose counties are both known and have none in common are never the same. When a rule leaves several
 * roster agencies and their counties do not tell them apart, the agency is left unmatched as ambiguous, with the
 * candidates: a wrong ORI is worse than none.
 */
public final class RosterMatching {

	static final String SAME_ORI = "the same ORI";

	static final String SAME_NAME = "the same name in the same state";

	static final String SAME_PLACE_AND_COUNTY = "the same place name and kind, in the same county";

	static final String SAME_PLACE = "the same place name and kind in the same state (no county to compare)";

	static final String SIMILAR_PLACE = "a place name a letter or two apart, the same kind and county";

	/**
	 * Words every agency of a kind has, which say nothing of which one it is ("borough" too: the roster prints
	 * Pennsylvania's boroughs by their name alone). "Township", "village" and "town" are not among them: Bradford and
	 * Bradford Township, Melbourne and Melbourne Village are different places.
	 */
	private static final Set<String> GENERIC = Set.of("of", "the", "and", "county", "parish", "borough", "city",
			"department", "office", "sheriffs", "sheriff", "police");

	/** ", Luzerne County" after a township's name: the roster's way of telling apart townships of one name. */
	private static final Pattern COUNTY_SUFFIX = Pattern.compile(",\\s*[^,]+\\s+County\\s*$");

	/** An agency of the roster. */
	public record RosterAgency(String id, String ori, String name, String state, String kind, Set<String> countyKeys) {
	}

	/** An agency named by another source, to be matched. */
	public record ListedAgency(String id, String name, String state, String kind, String ori, Set<String> countyKeys) {
	}

	/** Either a match (rosterId, method, confidence) or no match and why ({@code reason}). */
	public record Outcome(ListedAgency agency, String rosterId, String method, double confidence, String reason) {

		public String agencyId() {
			return this.agency.id();
		}

		boolean matched() {
			return this.rosterId != null;
		}

	}

	private final Map<String, RosterAgency> byOri = new HashMap<>();

	private final Map<String, List<RosterAgency>> byKey = new HashMap<>();

	private final Map<String, List<RosterAgency>> byPlace = new HashMap<>();

	private final Map<String, List<RosterAgency>> byStateAndKind = new HashMap<>();

	private final Set<String> states;

	public RosterMatching(Collection<RosterAgency> roster) {
		for (RosterAgency agency : roster) {
			this.byOri.put(agency.ori(), agency);
			this.byKey.computeIfAbsent(agency.state() + "|" + AgencyIds.key(agency.name()), k -> new ArrayList<>()).add(agency);
			String place = place(agency.name());
			if (!place.isEmpty()) {
				this.byPlace.computeIfAbsent(agency.state() + "|" + agency.kind() + "|" + place, k -> new ArrayList<>()).add(agency);
			}
			this.byStateAndKind.computeIfAbsent(agency.state() + "|" + agency.kind(), k -> new ArrayList<>()).add(agency);
		}
		this.states = roster.stream().map(RosterAgency::state).collect(Collectors.toSet());
	}

	public Outcome match(ListedAgency agency) {
		if (agency.ori() != null && this.byOri.containsKey(agency.ori().toUpperCase(Locale.ROOT))) {
			return matched(agency, this.byOri.get(agency.ori().toUpperCase(Locale.ROOT)), SAME_ORI, 1.0);
		}
		if (!this.states.contains(agency.state())) {
			return unmatched(agency, "the roster lists no agency of " + agency.state());
		}
		List<RosterAgency> sameName = notElsewhere(agency, this.byKey.get(agency.state() + "|" + AgencyIds.key(agency.name())));
		if (sameName.isEmpty()) {
			sameName = notElsewhere(agency, this.byKey.get(agency.state() + "|" + AgencyIds.key(withoutStateName(agency))));
		}
		if (!sameName.isEmpty()) {
			return decide(agency, sameName, SAME_NAME, 0.95, SAME_NAME, 0.95);
		}
		String place = place(agency.name());
		if (!place.isEmpty()) {
			List<RosterAgency> samePlace = notElsewhere(agency, this.byPlace.get(agency.state() + "|" + agency.kind() + "|" + place));
			if (!samePlace.isEmpty()) {
				return decide(agency, samePlace, SAME_PLACE_AND_COUNTY, 0.9, SAME_PLACE, 0.75);
			}
			List<String> words = List.of(place.split("-"));
			List<RosterAgency> similar = this.byStateAndKind.getOrDefault(agency.state() + "|" + agency.kind(), List.of()).stream()
				.filter(r -> inSameCounty(agency, r) && alike(words, place(r.name())))
				.toList();
			if (!similar.isEmpty()) {
				return decide(agency, similar, SIMILAR_PLACE, 0.7, SIMILAR_PLACE, 0.7);
			}
		}
		return unmatched(agency, "no agency of the roster in " + agency.state() + " has this name, nor this place name and kind"
				+ (agency.countyKeys().isEmpty() ? "" : " in its county (" + String.join(", ", new TreeSet<>(agency.countyKeys())) + ")"));
	}

	/**
	 * One candidate: matched (with the county rule's method when their counties agree); several: the one sharing a
	 * county, if only one does; else ambiguous.
	 */
	private static Outcome decide(ListedAgency agency, List<RosterAgency> candidates, String countyMethod, double countyConfidence,
			String method, double confidence) {
		List<RosterAgency> inCounty = candidates.stream().filter(r -> inSameCounty(agency, r)).toList();
		if (inCounty.size() == 1) {
			return matched(agency, inCounty.get(0), countyMethod, countyConfidence);
		}
		if (candidates.size() == 1 && inCounty.isEmpty()) {
			return matched(agency, candidates.get(0), method, confidence);
		}
		List<RosterAgency> shown = inCounty.isEmpty() ? candidates : inCounty;
		return unmatched(agency, "ambiguous: " + shown.size() + " agencies of the roster fit (" + countyMethod.replace(", in the same county", "")
				+ "): " + shown.stream().map(r -> r.ori() + " " + r.name()).sorted().collect(Collectors.joining("; ")));
	}

	/** The candidates, less those whose counties are known and share none with the agency's. */
	private static List<RosterAgency> notElsewhere(ListedAgency agency, List<RosterAgency> candidates) {
		if (candidates == null) {
			return List.of();
		}
		return candidates.stream()
			.filter(r -> agency.countyKeys().isEmpty() || r.countyKeys().isEmpty() || inSameCounty(agency, r))
			.toList();
	}

	/** A county in common; ICE's county names have typos ("Frankin", "Stueben", "Calacasieu"), so a letter or two off. */
	private static boolean inSameCounty(ListedAgency agency, RosterAgency roster) {
		return agency.countyKeys().stream()
			.anyMatch(county -> roster.countyKeys().stream().anyMatch(other -> NameSimilarity.sameWord(county, other)));
	}

	/** "Department of Public Safety" for Texas's "Texas Department of Public Safety": the FBI files it under Texas. */
	private static String withoutStateName(ListedAgency agency) {
		return StateNames.of(agency.state())
			.map(state -> agency.name().strip().replaceFirst("(?i)^" + Pattern.quote(state.name()) + "\\s+", ""))
			.orElse(agency.name());
	}

	/** The words of the name that say which agency it is: "autauga" for "Autauga County Sheriff's Office". */
	static String place(String name) {
		return List.of(AgencyIds.key(COUNTY_SUFFIX.matcher(name).replaceFirst("")).split("-")).stream().filter(w -> !w.isEmpty() && !GENERIC.contains(w))
			.collect(Collectors.joining("-"));
	}

	private static boolean alike(List<String> words, String otherPlace) {
		List<String> other = List.of(otherPlace.split("-"));
		if (otherPlace.isEmpty() || other.size() != words.size()) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (!NameSimilarity.sameWord(words.get(i), other.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static Outcome matched(ListedAgency agency, RosterAgency roster, String method, double confidence) {
		return new Outcome(agency, roster.id(), method, confidence, null);
	}

	private static Outcome unmatched(ListedAgency agency, String reason) {
		return new Outcome(agency, null, null, 0, reason);
	}

}
