package org.enforcementgraph.imports.detention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the detention import that need no database: keys, identity, parties, fiscal years, codes. */
class DetentionRulesTests {

	@Test
	void keysMatchSpellingVariants() {
		assertThat(FacilityKeys.name("ADAMS COUNTY DET CENTER")).isEqualTo(FacilityKeys.name("Adams County Detention Center"));
		assertThat(FacilityKeys.name("SOUTH TEXAS FAMILY RESIDENTIAL CENTER3")).isEqualTo("south-texas-family-residential-center");
		assertThat(FacilityKeys.name("ST. LUCIE COUNTY JAIL")).isEqualTo("saint-lucie-county-jail");
		assertThat(FacilityKeys.cityAddress("FT. WAYNE", "417 S. CALHOUN")).isEqualTo(FacilityKeys.cityAddress("Fort Wayne", "417 South Calhoun"));
		assertThat(FacilityKeys.zip("2863")).isEqualTo("02863");
		assertThat(FacilityKeys.zip("939")).isEqualTo("00939");
		assertThat(FacilityKeys.zip("84119-6096")).isEqualTo("84119-6096");
		assertThat(FacilityKeys.zip("")).isNull();
		assertThat(ZipStates.of("92231")).contains("CA");
		assertThat(ZipStates.of("02863")).contains("RI");
		assertThat(ZipStates.of("96950")).isEmpty();
	}

	@Test
	void rowsAreOneFacilityByNameOrAddressButNeverTwoOfOneYear() {
		var florenceSpc = new FacilityIdentity.Reference("facility:FLO", "AZ", Set.of("florence-service-processing-center"),
				Set.of("florence|3250-n-pinal-pkwy"));
		var florenceStaging = new FacilityIdentity.Reference("facility:FSF", "AZ", Set.of("florence-staging-facility"),
				Set.of("florence|3250-n-pinal-pkwy"));
		List<FacilityIdentity.Year> years = List.of(
				year("a:1", 2019, "AZ", "FLORENCE SERVICE PROCESSING CENTER", "FLORENCE", "3250 NORTH PINAL PARKWAY"),
				year("a:2", 2019, "AZ", "FLORENCE STAGING FACILITY", "FLORENCE", "3250 NORTH PINAL PARKWAY"),
				year("b:1", 2020, "MS", "ADAMS COUNTY DET CENTER", "NATCHEZ", "20 HOBO FORK RD."),
				year("c:1", 2026, "MS", "ADAMS COUNTY CORRECTIONAL CENTER", "NATCHEZ", "20 HOBO FORK RD."),
				year("c:2", 2026, "MS", "ADAMS COUNTY ANNEX", "NATCHEZ", "20 HOBO FORK RD."));
		Map<String, String> ids = FacilityIdentity.assign(List.of(florenceSpc, florenceStaging), years);
		assertThat(ids).containsEntry("a:1", "facility:FLO").containsEntry("a:2", "facility:FSF");
		assertThat(ids.get("b:1")).isEqualTo("facility:MS:adams-county-detention-center").isEqualTo(ids.get("c:1"));
		assertThat(ids.get("c:2")).as("a second row of FY2026 at the address is another facility")
			.isEqualTo("facility:MS:adams-county-annex");
		assertThat(FacilityIdentity.assign(List.of(florenceStaging, florenceSpc), List.of(years.get(4), years.get(3),
				years.get(2), years.get(1), years.get(0)))).as("the order they come in does not matter").isEqualTo(ids);
	}

	private static FacilityIdentity.Year year(String observation, int fiscalYear, String state, String name, String city,
			String address) {
		return new FacilityIdentity.Year(observation, fiscalYear, state, FacilityKeys.name(name), FacilityKeys.cityAddress(city, address));
	}

	@Test
	void thePartyComesFromTheListingElseFromTheCounty() {
		var albany = new FacilityLocations.Location("36001", "Albany County", "NAME", Set.of("s"));
		assertThat(AgreementParties.of("NY", "ALBANY", "COUNTY (SHERIFF)", "COUNTY", albany))
			.isEqualTo(new AgreementParties.Party("Agency", "agency:NY:albany-county-sheriffs-office",
					"Albany County Sheriff's Office", "OPERATOR_SHERIFF", "MEDIUM"));
		assertThat(AgreementParties.of("NY", "ALBANY", "COUNTY (CORRECTIONS)", "COUNTY", albany).method()).isEqualTo("OPERATOR_COUNTY");
		assertThat(AgreementParties.of("CA", "ALHAMBRA", "CITY", "CITY", albany).id()).isEqualTo("place:CA:alhambra");
		assertThat(AgreementParties.of("NY", "ALBANY", "GEO", "COUNTY", albany).method()).isEqualTo("OWNER_COUNTY");
		assertThat(AgreementParties.of("NY", "ALBANY", null, null, albany).method()).isEqualTo("NAME_NAMES_COUNTY");
		var byCity = new FacilityLocations.Location("36001", "Albany County", "CITY", Set.of("s"));
		assertThat(AgreementParties.of("NY", "ALBANY", null, null, byCity).confidence()).isEqualTo("LOW");
		assertThat(AgreementParties.of("NY", "ALBANY", null, null, null).method()).isEqualTo("UNDETERMINED");
	}

	@Test
	void intervalsRunOverTheFiscalYearsTheFilesCover() {
		var covered = new TreeSet<>(List.of(2016, 2019, 2020, 2021, 2026));
		assertThat(FiscalYears.intervals(covered, new TreeSet<>(List.of(2016, 2019, 2021, 2026))))
			.containsExactly(new LocalDate[] { LocalDate.of(2015, 10, 1), LocalDate.of(2019, 10, 1) },
					new LocalDate[] { LocalDate.of(2020, 10, 1), LocalDate.of(9999, 12, 31) });
	}

	@Test
	void fieldOfficeCodes() {
		assertThat(FieldOfficeCodes.ofOfficeName("St Paul Field Office")).contains("SPM");
		assertThat(FieldOfficeCodes.ofOfficeName("Miramar Sub Office")).contains("MIA");
		assertThat(FieldOfficeCodes.ofOfficeName("New York City Field Office")).contains("NYC");
		assertThat(FieldOfficeCodes.CODES).hasSize(25);
	}

	@Test
	void companiesByTheirSpellings() {
		assertThat(Companies.of("GEO").orElseThrow().id()).isEqualTo("company:geo-group");
		assertThat(Companies.of("CCA").orElseThrow().name()).isEqualTo("CoreCivic");
		assertThat(Companies.of("AKAL (GUARD)").orElseThrow().id()).isEqualTo("company:akal-security");
		assertThat(Companies.of("AHTNA (GUARD)").orElseThrow().name()).isEqualTo("AHTNA");
		assertThat(Companies.of("COUNTY (SHERIFF)")).isEmpty();
		assertThat(Companies.of("CITY")).isEmpty();
		assertThat(Companies.of("PRIVATE")).isEmpty();
	}

}
