// title: What changed in ICE's 287(g) list
// answers: What changed in ICE's list between two days? Agreements that appeared on ICE's list and agreements that left it between the two days (each day stands for ICE's latest list on or before it).
// param: from: Date = null | the earlier day, YYYY-MM-DD; null for a month ago
// param: to: Date = null | the later day, YYYY-MM-DD; null for today
WITH coalesce($from, date() - duration('P1M')) AS from, coalesce($to, date()) AS to
MATCH (agency:Agency)-[:PARTY_TO]->(a:Agreement {program: 'SECTION_287G'})
WITH from, to, agency, a,
     any(i IN range(0, size(coalesce(a.activeFrom, [])) - 1) WHERE a.activeFrom[i] <= from < a.activeUntil[i]) AS before,
     any(i IN range(0, size(coalesce(a.activeFrom, [])) - 1) WHERE a.activeFrom[i] <= to < a.activeUntil[i]) AS after
WHERE before <> after
RETURN CASE WHEN after THEN 'added' ELSE 'ended' END AS change, agency.state AS state, agency.name AS agency,
       a.model AS model, a.signedOn AS signed, a.firstSeen AS firstSeen, a.lastSeen AS lastSeen, a.id AS agreementId
ORDER BY change, state, agency
