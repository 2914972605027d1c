package org.enforcementgraph.imports.detention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.system.Cypher;

/**
 * Puts each facility in its county ({@code (Facility)-[:LOCATED_IN {method, sources}]->(County)}), by the first rule
 * that finds one County of the facility's state:
 * <ol>
 * <li>{@code NAME}: its name names the county ("ALBANY COUNTY JAIL", "ST. CLAIR CO JAIL", "ORLEANS PARISH PRISON");
 * this wins over a list's county column, which is sometimes wrong (ICE's 2015 listing puts Albany County Jail in
 * KINGS);</li>
 * <li>{@code COUNTY_COLUMN}: the county the UWCHR list or ICE's 2015 listing prints for it;</li>
 * <li>{@code CITY}: the facilities found by the rules above in the same city and state are all in one county.</li>
 * </ol>
 * A facility no rule places stays without a county and is reported unmatched. Counties must be imported first.
 */
@Component
final class FacilityLocations {

	private static final Pattern COUNTY_WORD = Pattern.compile("^(.*?)\\s+(COUNTY|CO\\.?|CNTY|PARISH)(\\s|$|,|\\()");

	private final Cypher cypher;

	FacilityLocations(Cypher cypher) {
		this.cypher = cypher;
	}

	/** Where a facility is: the county, how that was found, and the sources it rests on. */
	record Location(String fips, String countyName, String method, Set<String> sources) {
	}

	Map<String, Location> locate() {
		Map<String, List<String[]>> counties = new HashMap<>();
		for (Map<String, Object> c : this.cypher.rows("""
				MATCH (c:County) RETURN c.fips AS fips, c.state AS state, c.nameKey AS key, c.name AS name,
				       coalesce(c.current, true) AS current ORDER BY current DESC, fips""", Map.of())) {
			counties.computeIfAbsent(c.get("state") + "|" + c.get("key"), k -> new ArrayList<>())
				.add(new String[] { (String) c.get("fips"), (String) c.get("name") });
		}
		List<Map<String, Object>> facilities = this.cypher.rows("""
				MATCH (f:Facility) WHERE %s
				RETURN f.id AS id, f.state AS state, f.names AS names, f.city AS city, f.uwchrCounty AS uwchrCounty,
				       f.listingCounty AS listingCounty, f.uwchrSource AS uwchrSource, f.listingSource AS listingSource,
				       COLLECT { MATCH (f)-[:CITES]->(s:Source) RETURN s.id } AS sources
				ORDER BY f.id""".formatted(FacilityDerivation.MINE), Map.of());
		Map<String, Location> located = new HashMap<>();
		Map<String, Set<String>> countiesOfCity = new HashMap<>();
		Map<String, Set<String>> sourcesOfCity = new HashMap<>();
		Map<String, String> nameOfFips = new HashMap<>();
		for (Map<String, Object> f : facilities) {
			String state = (String) f.get("state");
			Set<String> sources = new TreeSet<>(FacilityDerivation.strings(f.get("sources")));
			Location location = byName(counties, state, FacilityDerivation.strings(f.get("names")), sources)
				.or(() -> byColumn(counties, state, (String) f.get("uwchrCounty"), (String) f.get("uwchrSource")))
				.or(() -> byColumn(counties, state, (String) f.get("listingCounty"), (String) f.get("listingSource")))
				.orElse(null);
			if (location != null) {
				located.put((String) f.get("id"), location);
				String city = cityKey(state, (String) f.get("city"));
				if (city != null) {
					countiesOfCity.computeIfAbsent(city, k -> new TreeSet<>()).add(location.fips());
					sourcesOfCity.computeIfAbsent(city, k -> new TreeSet<>()).addAll(location.sources());
					nameOfFips.put(location.fips(), location.countyName());
				}
			}
		}
		for (Map<String, Object> f : facilities) {
			String city = cityKey((String) f.get("state"), (String) f.get("city"));
			Set<String> candidates = (city != null) ? countiesOfCity.get(city) : null;
			if (!located.containsKey(f.get("id")) && candidates != null && candidates.size() == 1) {
				Set<String> sources = new TreeSet<>(FacilityDerivation.strings(f.get("sources")));
				sources.addAll(sourcesOfCity.get(city));
				String fips = candidates.iterator().next();
				located.put((String) f.get("id"), new Location(fips, nameOfFips.get(fips), "CITY", sources));
			}
		}
		write(located);
		return located;
	}

	private void write(Map<String, Location> located) {
		List<Map<String, Object>> links = new ArrayList<>();
		located.forEach((id, l) -> links.add(Map.of("facilityId", id, "fips", l.fips(), "method", l.method(), "sources",
				List.copyOf(l.sources()))));
		this.cypher.run("MATCH (f:Facility)-[r:LOCATED_IN]->(:County) WHERE " + FacilityDerivation.MINE + " DELETE r",
				Map.of());
		this.cypher.run("""
				UNWIND $links AS link
				MATCH (f:Facility {id: link.facilityId}), (c:County {fips: link.fips})
				CREATE (f)-[:LOCATED_IN {method: link.method, sources: link.sources}]->(c)""", Map.of("links", links));
	}

	private static Optional<Location> byName(Map<String, List<String[]>> counties, String state, List<String> names,
			Set<String> sources) {
		for (String name : names) {
			Matcher m = COUNTY_WORD.matcher(name.toUpperCase(java.util.Locale.ROOT));
			if (!m.find()) {
				continue;
			}
			String[] words = m.group(1).replaceAll("[^A-Z0-9.' -]", " ").strip().split("\\s+");
			String kind = m.group(2).startsWith("PARISH") ? " Parish" : " County";
			for (int n = Math.min(3, words.length); n >= 1; n--) {
				String candidate = String.join(" ", List.of(words).subList(words.length - n, words.length));
				List<String[]> found = counties.get(state + "|" + CountyNames.key(candidate + kind));
				if (found != null) {
					return Optional.of(new Location(found.get(0)[0], found.get(0)[1], "NAME", sources));
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Location> byColumn(Map<String, List<String[]>> counties, String state, String county,
			String sourceId) {
		if (county == null || sourceId == null) {
			return Optional.empty();
		}
		List<String[]> found = counties.get(state + "|" + CountyNames.key(county));
		return (found == null) ? Optional.empty()
				: Optional.of(new Location(found.get(0)[0], found.get(0)[1], "COUNTY_COLUMN", Set.of(sourceId)));
	}

	private static String cityKey(String state, String city) {
		return (city == null || city.isBlank()) ? null : state + "|" + FacilityKeys.city(city);
	}

}
