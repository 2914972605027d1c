// title: A county's full neighbourhood
// answers: Everything the graph connects to one county: its agencies and their agreements, people, policies, grants and reports; its facilities and their operators; its field office and its state's laws.
// param: fips: String = '48201' | the county's five-digit FIPS code
MATCH (c:County {fips: coalesce($fips, '48201')})
OPTIONAL MATCH path = (c)-[:SERVES|LOCATED_IN|COVERS|ADOPTED|RECEIVED|NAMES|IN_COUNTY|PARTY_TO]-(near)
OPTIONAL MATCH further = (near)-[:PARTY_TO|HELD_OFFICE|OPERATED_BY|OWNED_BY|FOR_FACILITY|ADOPTED|RECEIVED|NAMES|HAS_YEAR]-(far)
WHERE NOT far:County
RETURN c.name AS county, path, further
