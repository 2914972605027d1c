// title: Counties with both a 287(g) agreement and a detention contract
// answers: Which counties both hold a 287(g) agreement and rent jail beds to ICE? Counties where an agency serving the county is party to a 287(g) agreement and the county or one of its agencies holds an IGSA or USMS IGA, both in force on the day.
// param: asOf: Date = null | the day to judge it on, YYYY-MM-DD; null for today
WITH coalesce($asOf, date()) AS day
MATCH (c:County)
WHERE EXISTS {
        MATCH (c)<-[:SERVES]-(:Agency)-[:PARTY_TO]->(g:Agreement {program: 'SECTION_287G'})
        WHERE any(i IN range(0, size(coalesce(g.activeFrom, [])) - 1) WHERE g.activeFrom[i] <= day < g.activeUntil[i]) }
  AND EXISTS {
        MATCH (c)<-[:SERVES*0..1]-()-[:PARTY_TO]->(d:Agreement) WHERE d.program IN ['IGSA', 'USMS_IGA']
          AND any(i IN range(0, size(coalesce(d.activeFrom, [])) - 1) WHERE d.activeFrom[i] <= day < d.activeUntil[i]) }
RETURN c.fips AS fips, c.name AS county, c.state AS state,
       COLLECT { MATCH (c)<-[:SERVES]-(a:Agency)-[:PARTY_TO]->(g:Agreement {program: 'SECTION_287G'})
                 WHERE any(i IN range(0, size(coalesce(g.activeFrom, [])) - 1) WHERE g.activeFrom[i] <= day < g.activeUntil[i])
                 RETURN DISTINCT a.name + ' (' + g.model + ')' } AS agreements287g,
       COLLECT { MATCH (c)<-[:SERVES*0..1]-()-[:PARTY_TO]->(d:Agreement)-[:FOR_FACILITY]->(f:Facility)
                 WHERE d.program IN ['IGSA', 'USMS_IGA']
                   AND any(i IN range(0, size(coalesce(d.activeFrom, [])) - 1) WHERE d.activeFrom[i] <= day < d.activeUntil[i])
                 RETURN DISTINCT f.name } AS detentionFacilities
ORDER BY state, county
