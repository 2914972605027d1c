package org.enforcementgraph.imports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	@Test
	void theFormatsPublicFilesUse() {
		LocalDate day = LocalDate.of(2016, 6, 8);
		assertThat(Dates.parse("2016-06-08")).contains(day);
		assertThat(Dates.parse("6/8/2016")).contains(day);
		assertThat(Dates.parse(" 06/08/2016 ")).contains(day);
		assertThat(Dates.parse("June 8, 2016")).contains(day);
		assertThat(Dates.parse("Jun 8, 2016")).contains(day);
		assertThat(Dates.parse("2016-06-08 00:00:00")).contains(day);
		assertThat(Dates.parse("link pending")).isEmpty();
		assertThat(Dates.parse("2016-02-30")).isEmpty();
	}

}
