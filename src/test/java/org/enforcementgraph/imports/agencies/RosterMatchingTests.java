package org.enforcementgraph.imports.agencies;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules of {@link RosterMatching}, on roster rows as the FBI prints them. */
class RosterMatchingTests {

	static RosterMatching.RosterAgency roster(String ori, String name, String state, String type, String... counties) {
		return new RosterMatching.RosterAgency(RosterRow.idOf(ori), ori, name, state, RosterReading.kind(name, type), Set.of(counties));
	}

	static RosterMatching.ListedAgency ice(String name, String state, String kind, String... counties) {
		return new RosterMatching.ListedAgency("agency:" + state + ":x", name, state, kind, null, Set.of(counties));
	}

	final RosterMatching matching = new RosterMatching(List.of(roster("AL0040000", "Autauga", "AL", "County", "autauga"),
			roster("AL0040100", "Prattville", "AL", "City", "autauga", "elmore"),
			roster("AL0010000", "Alabama Department of Corrections", "AL", "Other State Agency"),
			roster("MD0030000", "Baltimore County", "MD", "County", "baltimore"),
			roster("MD0030100", "Baltimore County Police Department", "MD", "County", "baltimore"),
			roster("OH0090000", "Washington", "OH", "County", "washington"),
			roster("PA0010100", "Washington", "PA", "City", "washington"),
			roster("PA0020100", "Washington", "PA", "City", "fayette"),
			roster("WI0360000", "Manitowoc", "WI", "County", "manitowoc"), roster("AL0500000", "Marshall", "AL", "County", "marshall"),
			roster("TX0000000", "Department of Public Safety", "TX", "State Police"),
			roster("FL0050700", "Melbourne", "FL", "City", "brevard"), roster("FL0051500", "Melbourne Village", "FL", "City", "brevard"),
			roster("IN0760000", "Steuben", "IN", "County", "steuben"),
			roster("PA0405600", "Butler Township, Luzerne County", "PA", "City", "luzerne"),
			roster("PA0100200", "Butler Township, Butler County", "PA", "City", "butler")));

	@Test
	void aTownshipTheRosterNamesWithItsCountyIsThatTownship() {
		assertThat(this.matching.match(ice("Butler Township Police Department", "PA", "POLICE", "luzerne")).rosterId())
			.isEqualTo("agency:ori:PA0405600");
	}

	@Test
	void aVillageOrTownshipIsNotTheCityOfItsName() {
		assertThat(this.matching.match(ice("Melbourne Police Department", "FL", "POLICE", "brevard")).rosterId())
			.isEqualTo("agency:ori:FL0050700");
		assertThat(this.matching.match(ice("Melbourne Village Police Department", "FL", "POLICE", "brevard")).rosterId())
			.isEqualTo("agency:ori:FL0051500");
	}

	@Test
	void aCountyMisspeltByIceIsStillItsCounty() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Steuben County Sheriff's Office", "IN", "SHERIFF", "stueben"));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:IN0760000");
		assertThat(outcome.method()).isEqualTo(RosterMatching.SAME_PLACE_AND_COUNTY);
	}

	@Test
	void aCountyAgencyNamedForMarshallCountyIsItsSheriffNotAMarshal() {
		assertThat(this.matching.match(ice("Marshall County Sheriff's Office", "AL", "SHERIFF", "marshall")).rosterId())
			.isEqualTo("agency:ori:AL0500000");
	}

	@Test
	void aStateAgencyTheFbiFilesUnderItsStateNeedNotRepeatTheStateName() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Texas Department of Public Safety", "TX", "STATE_AGENCY"));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:TX0000000");
		assertThat(outcome.method()).isEqualTo(RosterMatching.SAME_NAME);
	}

	@Test
	void aSheriffIsTheCountyAgencyNamedForItsCounty() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Autauga County Sheriff's Office ", "AL", "SHERIFF", "autauga"));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:AL0040000");
		assertThat(outcome.method()).isEqualTo(RosterMatching.SAME_PLACE_AND_COUNTY);
		assertThat(outcome.confidence()).isEqualTo(0.9);
	}

	@Test
	void aPoliceDepartmentIsTheCityAgencyOfItsName() {
		assertThat(this.matching.match(ice("City of Prattville Police Department", "AL", "POLICE", "elmore")).rosterId())
			.isEqualTo("agency:ori:AL0040100");
	}

	@Test
	void theSameNameInTheStateNeedsNoCounty() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Alabama Dept. of Corrections", "AL", "CORRECTIONS"));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:AL0010000");
		assertThat(outcome.method()).isEqualTo(RosterMatching.SAME_NAME);
	}

	@Test
	void aCountyPoliceDepartmentIsNotTheSheriff() {
		assertThat(this.matching.match(ice("Baltimore County Sheriff's Office", "MD", "SHERIFF", "baltimore")).rosterId())
			.isEqualTo("agency:ori:MD0030000");
		assertThat(this.matching.match(ice("Baltimore County Police", "MD", "POLICE", "baltimore")).rosterId())
			.isEqualTo("agency:ori:MD0030100");
	}

	@Test
	void withoutACountyAPlaceNameMatchesOnlyWhenItIsTheOnlyOneOfItsKind() {
		RosterMatching.Outcome ohio = this.matching.match(ice("Washington County Sheriff's Office", "OH", "SHERIFF"));
		assertThat(ohio.rosterId()).isEqualTo("agency:ori:OH0090000");
		assertThat(ohio.method()).isEqualTo(RosterMatching.SAME_PLACE);
		assertThat(ohio.confidence()).isEqualTo(0.75);
		RosterMatching.Outcome pennsylvania = this.matching.match(ice("Washington Police Department", "PA", "POLICE"));
		assertThat(pennsylvania.rosterId()).isNull();
		assertThat(pennsylvania.reason()).startsWith("ambiguous: 2 agencies").contains("PA0010100 Washington", "PA0020100 Washington");
		assertThat(this.matching.match(ice("Washington Police Department", "PA", "POLICE", "fayette")).rosterId())
			.isEqualTo("agency:ori:PA0020100");
	}

	@Test
	void agenciesInDifferentCountiesAreNeverTheSame() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Autauga County Sheriff's Office", "AL", "SHERIFF", "elmore"));
		assertThat(outcome.rosterId()).isNull();
		assertThat(outcome.reason()).isEqualTo("no agency of the roster in AL has this name, nor this place name and kind in its county (elmore)");
	}

	@Test
	void aTypoInThePlaceNameMatchesWithinTheCountyAtLowerConfidence() {
		RosterMatching.Outcome outcome = this.matching.match(ice("Mantiowoc County Sheriff's Office", "WI", "SHERIFF", "manitowoc"));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:WI0360000");
		assertThat(outcome.method()).isEqualTo(RosterMatching.SIMILAR_PLACE);
		assertThat(outcome.confidence()).isEqualTo(0.7);
	}

	@Test
	void anOriGivenBySourceDecides() {
		RosterMatching.Outcome outcome = this.matching.match(new RosterMatching.ListedAgency("agency:AL:x", "Some other name", "AL",
				"OTHER", "al0040100", Set.of()));
		assertThat(outcome.rosterId()).isEqualTo("agency:ori:AL0040100");
		assertThat(outcome.confidence()).isEqualTo(1.0);
	}

	@Test
	void aStateTheRosterDoesNotCoverIsSaid() {
		assertThat(this.matching.match(ice("Guam Police Department", "GU", "POLICE")).reason())
			.isEqualTo("the roster lists no agency of GU");
	}

}
