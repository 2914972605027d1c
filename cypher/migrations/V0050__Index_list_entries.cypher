// The rows of ICE's 287(g) lists (ListEntry), from which the 287(g) history is derived, and the lists themselves.
CREATE CONSTRAINT list_entry_id IF NOT EXISTS FOR (n:ListEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX source_list IF NOT EXISTS FOR (n:Source) ON (n.list, n.snapshotDate);
CREATE INDEX correction_kind IF NOT EXISTS FOR (n:Correction) ON (n.kind, n.importer);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
