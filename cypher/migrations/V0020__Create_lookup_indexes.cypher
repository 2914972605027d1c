// Indexes for the filters and sort orders the GraphQL API offers.
CREATE INDEX agreement_signed IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn);
CREATE INDEX agreement_program IF NOT EXISTS FOR (n:Agreement) ON (n.program);
CREATE INDEX agency_ori IF NOT EXISTS FOR (n:Agency) ON (n.ori);
CREATE INDEX agency_state IF NOT EXISTS FOR (n:Agency) ON (n.state);
CREATE INDEX county_state IF NOT EXISTS FOR (n:County) ON (n.state);
CREATE INDEX facility_state IF NOT EXISTS FOR (n:Facility) ON (n.state);
CREATE INDEX source_sha256 IF NOT EXISTS FOR (n:Source) ON (n.sha256);
CREATE INDEX law_state IF NOT EXISTS FOR (n:Law) ON (n.state);
