// One full-text index over the names users search for (GraphQL `search`); `aliases` holds other spellings.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Agency|County|Place|Person|Facility|Company|Law|State|FieldOffice|Report)
ON EACH [n.name, n.aliases];
