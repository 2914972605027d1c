// title: 287(g) agencies by their size in the FBI roster
// answers: How big are the agencies holding a 287(g) agreement on the day? Sworn officers, civilian staff and the population served, as the FBI's roster counts them, smallest first, with the rule that matched the agency to the roster and how sure it is (see README, FBI roster).
// param: asOf: Date = null | the day to judge it on, YYYY-MM-DD; null for today
// param: limit: Integer = 50 | how many agencies
WITH coalesce($asOf, date()) AS day
MATCH (agency:Agency)-[:PARTY_TO]->(g:Agreement {program: 'SECTION_287G'})
WHERE any(i IN range(0, size(coalesce(g.activeFrom, [])) - 1) WHERE g.activeFrom[i] <= day < g.activeUntil[i])
WITH agency, collect(DISTINCT g.model) AS models
MATCH (agency)-[m:SAME_AS]->(roster:Agency)
RETURN agency.state AS state, agency.name AS agency, models, roster.ori AS ori, roster.officers AS officers,
       roster.civilians AS civilians, roster.population AS population, roster.rosterYear AS rosterYear,
       m.method AS matchedBy, m.confidence AS confidence
ORDER BY officers, population, state, agency
LIMIT coalesce($limit, 50)
