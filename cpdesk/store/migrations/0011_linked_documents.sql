-- Documents linked to an agenda item by the council's committee system: a report, an appendix, the
-- minutes of a meeting, kept as their title and web address (http or https) and whether the committee
-- system restricts them, in the order it gives them. cpdesk keeps no copy of such a document; a paper
-- (with its PDF) is still attached as before.
--
-- An agenda item records where it came from: imported_from is 'moderngov' for an item imported from the
-- committee system, NULL for the clerk's own. An import can then take out of the agenda an item the
-- committee system no longer lists without touching the clerk's items. Items imported before this
-- version are marked when the committee system next lists them.
--
-- Both are part of the record of a meeting whose minutes are approved: the lock triggers refuse a linked
-- document being added, changed or removed there, and refuse changing where an item came from, with the
-- same message as the rest of the locked record (0005). Linked documents' titles are searched with the
-- agenda items'; those in the bin are left out.

CREATE TABLE "linked_document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL CHECK (url LIKE 'http://_%' OR url LIKE 'https://_%'),
    "restricted" INTEGER NOT NULL DEFAULT 0,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE INDEX "linked_document_agenda_item_id" ON "linked_document" ("agenda_item_id");

ALTER TABLE "agenda_item" ADD COLUMN "imported_from" TEXT CHECK (imported_from IN ('moderngov'));

CREATE TRIGGER "linked_document_locked_insert" BEFORE INSERT ON "linked_document"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "linked_document_locked_update" BEFORE UPDATE ON "linked_document"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.url IS NOT OLD.url OR NEW.restricted IS NOT OLD.restricted OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "linked_document_locked_delete" BEFORE DELETE ON "linked_document"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

DROP TRIGGER "agenda_item_locked_update";
CREATE TRIGGER "agenda_item_locked_update" BEFORE UPDATE ON "agenda_item"
WHEN (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.item_type IS NOT OLD.item_type OR NEW.standing_kind IS NOT OLD.standing_kind OR NEW.presenter_id IS NOT OLD.presenter_id OR NEW.annual_report IS NOT OLD.annual_report OR NEW.description IS NOT OLD.description OR NEW.imported_from IS NOT OLD.imported_from OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

-- linked_document: from linked_document
CREATE TRIGGER "search_linked_document_insert" AFTER INSERT ON "linked_document"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('linked_document', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, '');
END;

CREATE TRIGGER "search_linked_document_update" AFTER UPDATE ON "linked_document"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'linked_document', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, '' FROM "search_entry" WHERE kind = 'linked_document' AND record_id = NEW.id;
END;

CREATE TRIGGER "search_linked_document_delete" AFTER DELETE ON "linked_document"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id;
END;
