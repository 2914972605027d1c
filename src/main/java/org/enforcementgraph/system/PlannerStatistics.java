package org.enforcementgraph.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brings the statistics Neo4j plans queries with up to date after a bulk write, and drops the plans made with the old
 * ones. Index samples lag behind writes; a plan made while they still count, say, no detention agreements seeks them
 * all by index for each of 3,235 counties and takes seconds instead of milliseconds (seen in this project's tests,
 * where the first query after an import got that plan about one run in two).
 */
@Component
public final class PlannerStatistics {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	/** Longest wait for the resampling; a few hundred milliseconds on the full dataset. */
	private static final int WAIT_SECONDS = 120;

	private final Cypher cypher;

	public PlannerStatistics(Cypher cypher) {
		this.cypher = cypher;
	}

	/**
	 * Resamples every index, waits for it and clears the query caches. Needs an administrator on a server of one's
	 * own; a user who is not one gets the resampling scheduled (not awaited) and the plans already cached stay.
	 */
	public void refreshAfterBulkWrite() {
		try {
			this.cypher.run("CALL db.prepareForReplanning($wait)", Map.of("wait", WAIT_SECONDS));
		}
		catch (RuntimeException notAllowed) {
			log.warn("Could not resample the indexes and clear the query caches ({}); scheduling the resampling only",
					notAllowed.getMessage());
			this.cypher.run("CALL db.resampleOutdatedIndexes()", Map.of());
		}
	}

}
