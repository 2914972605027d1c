package org.enforcementgraph.imports.ice287g;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.enforcementgraph.agreement.AgreementIds;
import org.enforcementgraph.agreement.AgreementRules;

/**
 * Derives the whole 287(g) history from the list entries: agencies ({@link AgencyFacts}), agreements
 * ({@link AgreementRuns}), and what changed between lists. A pure function of the entries, so the same lists give
 * the same graph whatever order they were imported in.
 */
final class HistoryDerivation {

	static final String ICE = "federal-agency:ICE";

	private static final LocalDate OPEN_END = LocalDate.parse(AgreementRules.OPEN_END);

	private final Observations observations;

	private final DerivedGraph graph = new DerivedGraph();

	private HistoryDerivation(Observations observations) {
		this.observations = observations;
	}

	static DerivedGraph derive(Observations observations) {
		HistoryDerivation derivation = new HistoryDerivation(observations);
		observations.byAgency().forEach(derivation::agency);
		return derivation.graph;
	}

	private void agency(String agencyKey, List<ListEntry> entries) {
		String agencyId = "agency:" + agencyKey;
		AgencyFacts.add(this.graph, this.observations, agencyId, entries);
		Observations.byModel(entries).forEach((model, modelEntries) -> {
			Map<AgreementRuns.Assembled, String> ids = new HashMap<>();
			Set<AgreementRuns.Assembled> renewed = new HashSet<>();
			List<AgreementRuns.Assembled> agreements = AgreementRuns.assemble(this.observations, modelEntries);
			agreements.forEach(a -> {
				ids.put(a, id(agencyId, model, a, ids.values()));
				if (a.renewed != null) {
					renewed.add(a.renewed);
				}
			});
			agreements.forEach(a -> agreement(agencyId, model, a, ids, renewed.contains(a)));
		});
	}

	/**
	 * {@code agreement:287g:<ST>:<agency key>:<jem|wso|tfm>:<signing date first printed>}, {@code ...:undated} when no
	 * list gave a readable date, {@code ...:pending-<date first listed>} for an application not (yet) signed.
	 */
	private String id(String agencyId, String model, AgreementRuns.Assembled agreement, Collection<String> taken) {
		String when = agreement.isPendingOnly() ? "pending-" + snapshot(agreement.pending.get(0)).date()
				: Objects.toString(agreement.firstPrinted(), "undated");
		String base = "agreement:287g:" + AgreementIds.partyKey(agencyId) + ":" + AgreementIds.modelCode(model) + ":" + when;
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "~" + n;
		}
		return id;
	}

	private void agreement(String agencyId, String model, AgreementRuns.Assembled agreement,
			Map<AgreementRuns.Assembled, String> ids, boolean renewed) {
		String id = ids.get(agreement);
		List<AgreementRuns.Listing> listings = agreement.listings();
		Map<String, Object> properties = new HashMap<>();
		properties.put("program", "SECTION_287G");
		properties.put("model", model);
		List<ListEntry> shown = listings.stream().map(AgreementRuns.Listing::shown).toList();
		properties.put("signedOn", newest(shown, ListEntry::signedOn));
		properties.put("moaUrl", newest(shown, ListEntry::moaUrl));
		properties.put("moaArchiveUrl", newest(shown, ListEntry::moaArchiveUrl));
		properties.put("addendumUrl", newest(shown, ListEntry::addendumUrl));
		if (!agreement.pending.isEmpty()) {
			properties.put("pendingSince", snapshot(agreement.pending.get(0)).date());
			properties.put("pendingLastSeen", snapshot(agreement.pending.get(agreement.pending.size() - 1)).date());
		}
		if (agreement.isPendingOnly()) {
			properties.put("firstSeen", properties.get("pendingSince"));
			properties.put("lastSeen", properties.get("pendingLastSeen"));
			boolean stillPending = agreement.pending.stream().anyMatch(e -> snapshot(e).equals(last(this.observations.pending)));
			properties.put("status", stillPending ? "PENDING" : "WITHDRAWN");
		}
		else {
			inForce(properties, agreement, renewed);
		}
		this.graph.node("Agreement", id, properties);
		String firstSource = agreement.isPendingOnly() ? agreement.pending.get(0).sourceId() : listings.get(0).shown().sourceId();
		this.graph.edge("PARTY_TO", "Agency", agencyId, "Agreement", id, Map.of("sources", List.of(firstSource)));
		this.graph.edge("WITH", "Agreement", id, "FederalAgency", ICE, Map.of("sources", List.of(firstSource)));
		List<ListEntry> all = new ArrayList<>(agreement.pending);
		for (AgreementRuns.Listing listing : listings) {
			for (ListEntry entry : listing.all()) {
				all.add(entry);
				this.graph.edge("LISTED_AS", "Agreement", id, "ListEntry", entry.id(),
						(entry == listing.shown()) ? Map.of() : Map.of("duplicate", true));
			}
		}
		agreement.pending.forEach(e -> this.graph.edge("LISTED_AS", "Agreement", id, "ListEntry", e.id(), Map.of()));
		all.stream().map(ListEntry::sourceId).distinct()
			.forEach(source -> this.graph.edge("SEEN_IN", "Agreement", id, "Source", source, Map.of()));
		if (agreement.renewed != null) {
			List<AgreementRuns.Listing> before = agreement.renewed.listings();
			this.graph.edge("SUPERSEDES", "Agreement", id, "Agreement", ids.get(agreement.renewed),
					Map.of("sources", List.of(before.get(before.size() - 1).shown().sourceId(), firstSource).stream().sorted().toList()));
		}
		signingDateChanges(id, listings);
	}

	/** Seen from the first list that showed it to the first that no longer did, in each of its runs. */
	private void inForce(Map<String, Object> properties, AgreementRuns.Assembled agreement, boolean renewed) {
		List<Snapshot> lists = this.observations.participating;
		List<LocalDate> from = new ArrayList<>();
		List<LocalDate> until = new ArrayList<>();
		for (List<AgreementRuns.Listing> run : agreement.runs) {
			from.add(lists.get(run.get(0).list()).date());
			int after = run.get(run.size() - 1).list() + 1;
			until.add((after < lists.size()) ? lists.get(after).date() : OPEN_END);
		}
		List<AgreementRuns.Listing> listings = agreement.listings();
		int lastList = listings.get(listings.size() - 1).list();
		properties.put("firstSeen", lists.get(listings.get(0).list()).date());
		properties.put("lastSeen", lists.get(lastList).date());
		properties.put("endedOn", (lastList + 1 < lists.size()) ? lists.get(lastList + 1).date() : null);
		properties.put("activeFrom", from);
		properties.put("activeUntil", until);
		properties.put("status", renewed ? "SUPERSEDED" : (lastList == lists.size() - 1) ? "ACTIVE" : "ENDED");
	}

	private void signingDateChanges(String agreementId, List<AgreementRuns.Listing> listings) {
		AgreementRuns.Listing previous = null;
		for (AgreementRuns.Listing listing : listings) {
			LocalDate date = listing.shown().signedOn();
			if (date == null) {
				continue;
			}
			if (previous != null && !previous.shown().signedOn().equals(date)) {
				HistoryCorrections.add(this.graph, "Agreement", agreementId, "signedOn", previous.shown().signedOn(), date,
						"ICE's list prints the signing date differently", snapshot(previous.shown()), snapshot(listing.shown()));
			}
			previous = listing;
		}
	}

	private Snapshot snapshot(ListEntry entry) {
		return this.observations.snapshotOf(entry);
	}

	private static <T> T newest(List<ListEntry> entries, Function<ListEntry, T> field) {
		return entries.stream().map(field).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
	}

	private static Snapshot last(List<Snapshot> snapshots) {
		return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
	}

}
