// The detention import finds each yearly row of ICE's statistics by where it was read (source and row), and its
// own detention agreements by importer, after every file (imports/detention/FacilityDerivation).
CREATE INDEX facility_year_observation IF NOT EXISTS FOR (n:FacilityYear) ON (n.observation);
CREATE INDEX agreement_importer IF NOT EXISTS FOR (n:Agreement) ON (n.importer);
