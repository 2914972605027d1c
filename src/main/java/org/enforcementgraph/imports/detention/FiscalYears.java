package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.enforcementgraph.agreement.AgreementRules;

/**
 * US federal fiscal years (FY2025 runs from 2024-10-01 to 2025-09-30) and the intervals in which a facility was
 * listed: consecutive listed years among the years the imported files cover are one interval, from the first year's
 * start to the start of the first covered year that no longer lists it, open ({@link AgreementRules#OPEN_END}) when
 * the newest covered year still does. Years no imported file covers (FY2017 and FY2018 here) do not break an
 * interval: no file says the facility was gone.
 */
final class FiscalYears {

	private FiscalYears() {
	}

	static LocalDate start(int fiscalYear) {
		return LocalDate.of(fiscalYear - 1, 10, 1);
	}

	static LocalDate end(int fiscalYear) {
		return LocalDate.of(fiscalYear, 9, 30);
	}

	/** {from, until} pairs; {@code listed} must be a subset of {@code covered}. */
	static List<LocalDate[]> intervals(SortedSet<Integer> covered, SortedSet<Integer> listed) {
		List<LocalDate[]> intervals = new ArrayList<>();
		LocalDate from = null;
		for (int year : covered) {
			if (listed.contains(year) && from == null) {
				from = start(year);
			}
			else if (!listed.contains(year) && from != null) {
				intervals.add(new LocalDate[] { from, start(year) });
				from = null;
			}
		}
		if (from != null) {
			intervals.add(new LocalDate[] { from, LocalDate.parse(AgreementRules.OPEN_END) });
		}
		return intervals;
	}

}
