-- The audit log: who changed what and when. One row per thing done (minutes approved, an action's status
-- or due date changed, a challenge closed, a record moved to the bin, restored or emptied from it, an
-- import, a backup restored), written in the same transaction as the change, so a change undone leaves
-- no row. "who" is the name of the person using cpdesk, or "cpdesk" for work it does by itself;
-- record_id has no foreign key, so a record emptied from the bin keeps its history. The words say what
-- was done, never what a private note says.
-- A row is never changed or removed: the database refuses both, whatever the write path.

CREATE TABLE "audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "record_id" TEXT,
    "what" TEXT NOT NULL
);
CREATE INDEX "audit_kind_record_id" ON "audit" ("kind", "record_id");
CREATE INDEX "audit_created_at" ON "audit" ("created_at");

CREATE TRIGGER "audit_fixed_update" BEFORE UPDATE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;

CREATE TRIGGER "audit_fixed_delete" BEFORE DELETE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;
