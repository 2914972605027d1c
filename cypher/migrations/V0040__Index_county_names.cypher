// Agencies are linked to the county a source names (CountyLinker): by state and the county's name key.
CREATE INDEX county_name_key IF NOT EXISTS FOR (n:County) ON (n.state, n.nameKey);
