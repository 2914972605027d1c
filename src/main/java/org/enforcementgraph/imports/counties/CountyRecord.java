package org.enforcementgraph.imports.counties;

/**
 * One county-equivalent as a county file gives it: five-digit FIPS, the name as printed, and its outline as GeoJSON
 * text when the file has one. {@code row} is where it is in the file (1-based), for error messages.
 */
record CountyRecord(int row, String fips, String state, String name, String geometry) {
}
