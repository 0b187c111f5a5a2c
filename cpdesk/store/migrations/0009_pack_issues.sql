-- Published briefing packs: published means fixed. Each row is one publication of a meeting's pack in
-- the committee's or the chair's edition (a member's edition is their own copy and is never published):
-- version 1, 2 ... of the whole pack (supplement 0), or supplement 1, 2 ... (S1, S2) to a version. It
-- keeps the published PDF and its HTML edition as they were given out, so the same file, with the same
-- page numbers, can be given again, and a snapshot of the pack as plain data (JSON: sections, titles,
-- block texts, papers by their sha256), so that later changes can be told in words.
-- A publication is never changed or removed: the database refuses both, whatever the write path. A
-- binned meeting keeps its publications (binning only marks the meeting).

CREATE TABLE "pack_issue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "edition" TEXT NOT NULL CHECK (edition IN ('committee', 'chair')),
    "version" INTEGER NOT NULL CHECK (version >= 1),
    "supplement" INTEGER NOT NULL CHECK (supplement >= 0),
    "published_on" TEXT NOT NULL,
    "page_count" INTEGER NOT NULL CHECK (page_count >= 1),
    "snapshot" TEXT NOT NULL,
    "pdf" BLOB NOT NULL,
    "html" TEXT NOT NULL,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "pack_issue_meeting_id_edition_version_supplement" ON "pack_issue" ("meeting_id", "edition", "version", "supplement");

CREATE TRIGGER "pack_issue_fixed_update" BEFORE UPDATE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;

CREATE TRIGGER "pack_issue_fixed_delete" BEFORE DELETE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;
