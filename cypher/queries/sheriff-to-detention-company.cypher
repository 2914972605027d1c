// title: From a sheriff to a private detention company
// answers: How is this sheriff connected to that private prison company? Every shortest path from people who held office at an agency to companies that run or own detention facilities, over links that state facts (not state membership or sources).
// param: person: String = null | id of one person, e.g. 'person:TX:casey-sample'; null for all
// param: company: String = null | id of one company, e.g. 'company:corecivic'; null for all
MATCH (p:Person) WHERE $person IS NULL OR p.id = $person
MATCH (c:Company) WHERE $company IS NULL OR c.id = $company
MATCH path = allShortestPaths((p)-[:HELD_OFFICE|SERVES|PARTY_TO|FOR_FACILITY|LOCATED_IN|OPERATED_BY|OWNED_BY*..5]-(c))
RETURN p.name AS person, c.name AS company, length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.id)] AS via, path
ORDER BY hops, person, company
LIMIT 50
