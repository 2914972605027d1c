package org.enforcementgraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTests {

	@Test
	void slugsAreStableAcrossSpellingNoise() {
		assertThat(Keys.slug("Autauga County Sheriff's Office ")).isEqualTo("autauga-county-sheriffs-office");
		assertThat(Keys.slug("Autauga  County Sheriff’s Office")).isEqualTo("autauga-county-sheriffs-office");
		assertThat(Keys.slug("Doña Ana County S.O.")).isEqualTo("dona-ana-county-s-o");
		assertThat(Keys.slug("Police & Fire")).isEqualTo("police-and-fire");
	}

	@Test
	void hashesAreShortHex() {
		assertThat(Keys.hash("x")).hasSize(16).matches("[0-9a-f]+").isEqualTo(Keys.hash("x"));
	}

}
