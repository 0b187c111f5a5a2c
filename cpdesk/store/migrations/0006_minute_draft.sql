-- Minutes typed but not yet saved are kept as a draft, saved as the user types, so that closing the
-- window (or a crash) loses nothing. A draft is marked as such until it is saved into the minutes or
-- discarded. The record of a meeting whose minutes are approved takes no draft: the triggers refuse
-- one being made or changed there, with the same message as the rest of the locked record (0005).

CREATE TABLE "minute_draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "minute_draft_agenda_item_id" ON "minute_draft" ("agenda_item_id");

CREATE TRIGGER "minute_draft_locked_insert" BEFORE INSERT ON "minute_draft"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "minute_draft_locked_update" BEFORE UPDATE ON "minute_draft"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.discussion IS NOT OLD.discussion)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
