// title: Facilities by guaranteed minimum
// answers: Where does ICE pay for beds whether they are used or not? Detention facilities by the guaranteed minimum in ICE's statistics for a fiscal year, with their operator and average daily population.
// param: fiscalYear: Integer = null | fiscal year of ICE's statistics, e.g. 2025; null for the latest year each facility has
MATCH (f:Facility)-[:HAS_YEAR]->(y:FacilityYear)
WHERE y.guaranteedMinimum IS NOT NULL AND ($fiscalYear IS NULL OR y.fiscalYear = $fiscalYear)
WITH f, y ORDER BY y.fiscalYear DESC
WITH f, head(collect(y)) AS y
OPTIONAL MATCH (f)-[:OPERATED_BY]->(operator:Company)
RETURN f.name AS facility, f.city AS city, f.state AS state, f.type AS type, operator.name AS operator,
       y.fiscalYear AS fiscalYear, y.guaranteedMinimum AS guaranteedMinimum, y.averageDailyPopulation AS averageDailyPopulation
ORDER BY guaranteedMinimum DESC, facility
LIMIT 50
