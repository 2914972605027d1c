package org.enforcementgraph.agency;

import org.junit.jupiter.api.Test;

import org.enforcementgraph.county.CountyNames;
import org.enforcementgraph.state.StateNames;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyIdsTests {

	@Test
	void spellingNoiseGivesOneAgency() {
		String id = AgencyIds.of("AL", "Autauga County Sheriff's Office");
		assertThat(id).isEqualTo("agency:AL:autauga-county-sheriffs-office");
		assertThat(AgencyIds.of("al", "Autauga County Sheriff's Office ")).isEqualTo(id);
		assertThat(AgencyIds.of("AL", "Autauga County Sheriffs Office")).isEqualTo(id);
		assertThat(AgencyIds.of("AL", "Autauga Co. Sheriff's Office")).isEqualTo(id);
		assertThat(AgencyIds.of("AL", "Autauga County Sheriff’s Office")).isEqualTo(id);
		assertThat(AgencyIds.of("AL", "Autauga County Sheriff Office")).isEqualTo(id);
		assertThat(AgencyIds.of("TX", "Houston Police Dept.")).isEqualTo(AgencyIds.of("TX", "Houston Police Department"));
		assertThat(AgencyIds.of("FL", "City of Melbourne Police Department")).isEqualTo(AgencyIds.of("FL", "Melbourne Police Department"));
		assertThat(AgencyIds.of("FL", "Ft. Myers Police Department")).isEqualTo(AgencyIds.of("FL", "Fort Myers Police Department"));
		assertThat(AgencyIds.of("PA", "Southampton Twp. Constables Office")).isEqualTo(AgencyIds.of("PA", "Southampton Township Constables Office"));
		assertThat(AgencyIds.of("FL", "Kansas City Police Department")).isEqualTo("agency:FL:kansas-city-police-department");
	}

	@Test
	void countyNamesMatchAcrossSources() {
		assertThat(CountyNames.key("St. Louis County")).isEqualTo("saint-louis").isEqualTo(CountyNames.key("SAINT LOUIS"));
		assertThat(CountyNames.key("Baltimore city")).isNotEqualTo(CountyNames.key("Baltimore County"));
		assertThat(CountyNames.key("Orleans Parish")).isEqualTo("orleans");
	}

	@Test
	void statesByNameCodeOrFips() {
		assertThat(StateNames.of("new hampshire")).map(StateNames.State::postal).contains("NH");
		assertThat(StateNames.of("tx")).map(StateNames.State::name).contains("Texas");
		assertThat(StateNames.ofFips("72")).map(StateNames.State::postal).contains("PR");
		assertThat(StateNames.of("New Hamsphire")).isEmpty();
	}

}
