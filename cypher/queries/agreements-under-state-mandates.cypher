// title: Agreements signed under state mandates
// answers: Which sheriffs signed 287(g) agreements because a state law made them? Every 287(g) agreement signed on or after a law of its state that requires that kind of agency to seek one took effect, with the law and the sheriff in office that day.
// param: state: String = null | USPS code of one state, e.g. 'FL'; null for all states
MATCH (agency:Agency)-[:PARTY_TO]->(a:Agreement {program: 'SECTION_287G'})
MATCH (agency)-[:IN_STATE]->(s:State)-[:ENACTED]->(law:Law)
WHERE ($state IS NULL OR s.postal = $state)
  AND 'MANDATES_287G' IN law.kinds AND agency.kind IN law.appliesToKinds
  AND a.signedOn IS NOT NULL AND coalesce(law.effectiveOn, law.enactedOn) <= a.signedOn
OPTIONAL MATCH (sheriff:Person)-[term:HELD_OFFICE]->(agency)
  WHERE (term.from IS NOT NULL AND term.from <= a.signedOn AND (term.to IS NULL OR term.to >= a.signedOn))
     OR (term.from IS NULL AND a.signedOn.year IN coalesce(term.knownInOffice, []))
RETURN s.postal AS state, agency.name AS agency, a.model AS model, a.signedOn AS signed, a.status AS status,
       law.billId AS law, coalesce(law.effectiveOn, law.enactedOn) AS lawInForce, sheriff.name AS sheriffAtSigning,
       a.id AS agreementId
ORDER BY signed, agency
