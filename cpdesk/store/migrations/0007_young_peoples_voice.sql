-- Young people's voice: the challenges raised at the Young People's Corporate Parenting Meeting, taken
-- to a Sub-Committee meeting, answered ("We will"), acted on ("We did", dated steps, linked actions)
-- and closed only once young people have been told (the database refuses a closed challenge with no
-- date told, and a "not possible" with no reason, so no write path can skip Promise 3).
--
-- Items, actions and challenges can now concern an area of the Care Leavers' Pledge as well as a
-- priority, a commitment or a Promise: the two link tables are rebuilt with a pledge_area_id column
-- (SQLite cannot change a CHECK in place), and the lock triggers on agenda_item_link come back with it.
--
-- The record of a meeting whose minutes are approved keeps its lock: a challenge cannot be raised at,
-- moved into or out of such a young people's meeting, nor taken to, moved from, or its response
-- changed at such a Sub-Committee meeting. What happened afterwards (We did, telling young people,
-- closing) goes on being recorded.

CREATE TABLE "action_link_new" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "pledge_area_id" TEXT,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("pledge_area_id") REFERENCES "pledge_area" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) + (pledge_area_id IS NOT NULL) = 1)
);
INSERT INTO "action_link_new" ("id", "created_at", "updated_at", "priority_id", "commitment_id", "promise_id", "pledge_area_id", "action_id")
    SELECT "id", "created_at", "updated_at", "priority_id", "commitment_id", "promise_id", NULL, "action_id" FROM "action_link";
DROP TABLE "action_link";
ALTER TABLE "action_link_new" RENAME TO "action_link";
CREATE INDEX "action_link_priority_id" ON "action_link" ("priority_id");
CREATE INDEX "action_link_commitment_id" ON "action_link" ("commitment_id");
CREATE INDEX "action_link_promise_id" ON "action_link" ("promise_id");
CREATE INDEX "action_link_pledge_area_id" ON "action_link" ("pledge_area_id");
CREATE INDEX "action_link_action_id" ON "action_link" ("action_id");

CREATE TABLE "agenda_item_link_new" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "pledge_area_id" TEXT,
    "agenda_item_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("pledge_area_id") REFERENCES "pledge_area" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) + (pledge_area_id IS NOT NULL) = 1)
);
INSERT INTO "agenda_item_link_new" ("id", "created_at", "updated_at", "priority_id", "commitment_id", "promise_id", "pledge_area_id", "agenda_item_id")
    SELECT "id", "created_at", "updated_at", "priority_id", "commitment_id", "promise_id", NULL, "agenda_item_id" FROM "agenda_item_link";
DROP TABLE "agenda_item_link";
ALTER TABLE "agenda_item_link_new" RENAME TO "agenda_item_link";
CREATE INDEX "agenda_item_link_priority_id" ON "agenda_item_link" ("priority_id");
CREATE INDEX "agenda_item_link_commitment_id" ON "agenda_item_link" ("commitment_id");
CREATE INDEX "agenda_item_link_promise_id" ON "agenda_item_link" ("promise_id");
CREATE INDEX "agenda_item_link_pledge_area_id" ON "agenda_item_link" ("pledge_area_id");
CREATE INDEX "agenda_item_link_agenda_item_id" ON "agenda_item_link" ("agenda_item_id");

CREATE TRIGGER "agenda_item_link_locked_insert" BEFORE INSERT ON "agenda_item_link"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_link_locked_update" BEFORE UPDATE ON "agenda_item_link"
WHEN (NEW.priority_id IS NOT OLD.priority_id OR NEW.commitment_id IS NOT OLD.commitment_id OR NEW.promise_id IS NOT OLD.promise_id OR NEW.pledge_area_id IS NOT OLD.pledge_area_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_link_locked_delete" BEFORE DELETE ON "agenda_item_link"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TABLE "challenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "raised_at_id" TEXT NOT NULL,
    "raised_by_kind" TEXT NOT NULL CHECK (raised_by_kind IN ('group', 'young_person', 'anonymous')),
    "raised_by" TEXT NOT NULL,
    "you_said" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "agenda_item_id" TEXT,
    "officer_id" TEXT,
    "response" TEXT NOT NULL,
    "response_on" TEXT,
    "status" TEXT NOT NULL CHECK (status IN ('raised', 'taken', 'response_agreed', 'done', 'not_possible')),
    "reason" TEXT NOT NULL,
    "closed_on" TEXT,
    "told_on" TEXT,
    "told_how" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("raised_at_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("officer_id") REFERENCES "person" ("id") ON DELETE SET NULL,
    CHECK (status NOT IN ('done', 'not_possible') OR (told_on IS NOT NULL AND closed_on IS NOT NULL)),
    CHECK (status <> 'not_possible' OR trim(reason) <> '')
);
CREATE UNIQUE INDEX "challenge_reference" ON "challenge" ("reference");
CREATE INDEX "challenge_raised_at_id" ON "challenge" ("raised_at_id");
CREATE INDEX "challenge_agenda_item_id" ON "challenge" ("agenda_item_id");
CREATE INDEX "challenge_officer_id" ON "challenge" ("officer_id");
CREATE INDEX "challenge_status" ON "challenge" ("status");

CREATE TABLE "challenge_step" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "challenge_id" TEXT NOT NULL,
    "on_date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("challenge_id") REFERENCES "challenge" ("id") ON DELETE CASCADE
);
CREATE INDEX "challenge_step_challenge_id" ON "challenge_step" ("challenge_id");

CREATE TABLE "challenge_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "pledge_area_id" TEXT,
    "challenge_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("pledge_area_id") REFERENCES "pledge_area" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("challenge_id") REFERENCES "challenge" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) + (pledge_area_id IS NOT NULL) = 1)
);
CREATE INDEX "challenge_link_priority_id" ON "challenge_link" ("priority_id");
CREATE INDEX "challenge_link_commitment_id" ON "challenge_link" ("commitment_id");
CREATE INDEX "challenge_link_promise_id" ON "challenge_link" ("promise_id");
CREATE INDEX "challenge_link_pledge_area_id" ON "challenge_link" ("pledge_area_id");
CREATE INDEX "challenge_link_challenge_id" ON "challenge_link" ("challenge_id");

CREATE TABLE "challenge_action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "challenge_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("challenge_id") REFERENCES "challenge" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
CREATE INDEX "challenge_action_challenge_id" ON "challenge_action" ("challenge_id");
CREATE INDEX "challenge_action_action_id" ON "challenge_action" ("action_id");
CREATE UNIQUE INDEX "challenge_action_challenge_id_action_id" ON "challenge_action" ("challenge_id", "action_id");

CREATE TRIGGER "challenge_locked_insert" BEFORE INSERT ON "challenge"
WHEN (SELECT status FROM meeting WHERE id = NEW.raised_at_id) = 'minutes_approved'
    OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "challenge_locked_raised_update" BEFORE UPDATE ON "challenge"
WHEN (NEW.raised_at_id IS NOT OLD.raised_at_id OR NEW.raised_by_kind IS NOT OLD.raised_by_kind OR NEW.raised_by IS NOT OLD.raised_by OR NEW.you_said IS NOT OLD.you_said OR NEW.reference IS NOT OLD.reference OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.raised_at_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.raised_at_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "challenge_locked_taken_update" BEFORE UPDATE ON "challenge"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.response IS NOT OLD.response OR NEW.response_on IS NOT OLD.response_on OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "challenge_locked_delete" BEFORE DELETE ON "challenge"
WHEN (SELECT status FROM meeting WHERE id = OLD.raised_at_id) = 'minutes_approved'
    OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
