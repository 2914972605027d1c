// title: Agencies with the most agreements
// answers: Which agencies hold the most agreements with federal immigration enforcement (all programs, every agreement ever recorded)?
// param: limit: Integer = 25 | how many agencies
MATCH (agency:Agency)-[:PARTY_TO]->(a:Agreement)
WITH agency, count(a) AS agreements, collect(DISTINCT a.program) AS programs,
     collect(DISTINCT a.model) AS models, sum(CASE WHEN a.status = 'ACTIVE' THEN 1 ELSE 0 END) AS active
RETURN agency.state AS state, agency.name AS agency, agency.kind AS kind, agreements, active, programs, models
ORDER BY agreements DESC, active DESC, agency
LIMIT coalesce($limit, 25)
