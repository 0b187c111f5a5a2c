-- cpdesk schema version 2: the meeting cycle. People and bodies, meetings and attendance, agendas
-- with officer reports, papers and declarations, minutes and decisions (locked once approved, corrected
-- by amendments), the action log with its updates, and the work programme of annual reports.
-- Dates a person reads (meeting dates, due dates) are local YYYY-MM-DD text; timestamps are UTC.

CREATE TABLE "team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT
);
CREATE UNIQUE INDEX "team_name" ON "team" ("name");
CREATE TABLE "person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('member', 'officer', 'young_person')),
    "role" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "team_id" TEXT,
    "email" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL
);
CREATE INDEX "person_team_id" ON "person" ("team_id");
CREATE TABLE "body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('sub_committee', 'young_people', 'steering_group', 'parent_committee')),
    "parent_id" TEXT,
    FOREIGN KEY ("parent_id") REFERENCES "body" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "body_name" ON "body" ("name");
CREATE INDEX "body_parent_id" ON "body" ("parent_id");
CREATE TABLE "meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "body_id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "status" TEXT NOT NULL CHECK (status IN ('scheduled', 'agenda_published', 'held', 'cancelled', 'minutes_approved')),
    "minutes_approved_at_id" TEXT,
    "notes" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("minutes_approved_at_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT
);
CREATE INDEX "meeting_body_id" ON "meeting" ("body_id");
CREATE INDEX "meeting_minutes_approved_at_id" ON "meeting" ("minutes_approved_at_id");
CREATE INDEX "meeting_date" ON "meeting" ("date");
CREATE TABLE "attendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "status" TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'substitute')),
    "substitute_for_id" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("substitute_for_id") REFERENCES "person" ("id") ON DELETE RESTRICT
);
CREATE INDEX "attendance_meeting_id" ON "attendance" ("meeting_id");
CREATE INDEX "attendance_person_id" ON "attendance" ("person_id");
CREATE INDEX "attendance_substitute_for_id" ON "attendance" ("substitute_for_id");
CREATE UNIQUE INDEX "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", "person_id");
CREATE TABLE "agenda_item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "item_type" TEXT NOT NULL CHECK (item_type IN ('decision', 'information', 'standing')),
    "standing_kind" TEXT NOT NULL,
    "presenter_id" TEXT,
    "annual_report" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("presenter_id") REFERENCES "person" ("id") ON DELETE SET NULL
);
CREATE INDEX "agenda_item_meeting_id" ON "agenda_item" ("meeting_id");
CREATE INDEX "agenda_item_presenter_id" ON "agenda_item" ("presenter_id");
CREATE TABLE "agenda_item_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "agenda_item_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) = 1)
);
CREATE INDEX "agenda_item_link_priority_id" ON "agenda_item_link" ("priority_id");
CREATE INDEX "agenda_item_link_commitment_id" ON "agenda_item_link" ("commitment_id");
CREATE INDEX "agenda_item_link_promise_id" ON "agenda_item_link" ("promise_id");
CREATE INDEX "agenda_item_link_agenda_item_id" ON "agenda_item_link" ("agenda_item_id");
CREATE TABLE "officer_report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "report_from" TEXT NOT NULL,
    "key_decision" INTEGER NOT NULL,
    "forward_plan_ref" TEXT NOT NULL,
    "executive_summary" TEXT NOT NULL,
    "recommendations" TEXT NOT NULL,
    "voting_arrangements" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_post" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "finance" TEXT NOT NULL,
    "legal" TEXT NOT NULL,
    "risk" TEXT NOT NULL,
    "equality" TEXT NOT NULL,
    "climate" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "officer_report_agenda_item_id" ON "officer_report" ("agenda_item_id");
CREATE TABLE "paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "page_count" INTEGER NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE INDEX "paper_agenda_item_id" ON "paper" ("agenda_item_id");
CREATE TABLE "paper_content" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "paper_content_paper_id" ON "paper_content" ("paper_id");
CREATE TABLE "declaration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('disclosable_pecuniary', 'other_registrable', 'non_registrable')),
    "interest" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT
);
CREATE INDEX "declaration_agenda_item_id" ON "declaration" ("agenda_item_id");
CREATE INDEX "declaration_person_id" ON "declaration" ("person_id");
CREATE TABLE "minute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "minute_agenda_item_id" ON "minute" ("agenda_item_id");
CREATE TABLE "decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "abstentions" INTEGER,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE INDEX "decision_agenda_item_id" ON "decision" ("agenda_item_id");
CREATE TABLE "amendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "agenda_item_id" TEXT,
    "field" TEXT NOT NULL,
    "original" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "made_on" TEXT NOT NULL,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE INDEX "amendment_meeting_id" ON "amendment" ("meeting_id");
CREATE INDEX "amendment_agenda_item_id" ON "amendment" ("agenda_item_id");
CREATE TABLE "action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('action', 'question')),
    "reference" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "agenda_item_id" TEXT,
    "description" TEXT NOT NULL,
    "raised_by_id" TEXT,
    "owner_id" TEXT,
    "owner_team_id" TEXT,
    "due_date" TEXT,
    "status" TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'completed', 'closed_no_further_action', 'superseded')),
    "answer" TEXT NOT NULL,
    "closed_on" TEXT,
    "last_update_on" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("raised_by_id") REFERENCES "person" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("owner_id") REFERENCES "person" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("owner_team_id") REFERENCES "team" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "action_reference" ON "action" ("reference");
CREATE INDEX "action_meeting_id" ON "action" ("meeting_id");
CREATE INDEX "action_agenda_item_id" ON "action" ("agenda_item_id");
CREATE INDEX "action_raised_by_id" ON "action" ("raised_by_id");
CREATE INDEX "action_owner_id" ON "action" ("owner_id");
CREATE INDEX "action_owner_team_id" ON "action" ("owner_team_id");
CREATE INDEX "action_status" ON "action" ("status");
CREATE INDEX "action_due_date" ON "action" ("due_date");
CREATE TABLE "action_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) = 1)
);
CREATE INDEX "action_link_priority_id" ON "action_link" ("priority_id");
CREATE INDEX "action_link_commitment_id" ON "action_link" ("commitment_id");
CREATE INDEX "action_link_promise_id" ON "action_link" ("promise_id");
CREATE INDEX "action_link_action_id" ON "action_link" ("action_id");
CREATE TABLE "action_update" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    "on_date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
CREATE INDEX "action_update_action_id" ON "action_update" ("action_id");
CREATE TABLE "work_programme_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "report_title" TEXT NOT NULL,
    "due_month" INTEGER NOT NULL CHECK (due_month BETWEEN 1 AND 12),
    "notes" TEXT NOT NULL
);
CREATE UNIQUE INDEX "work_programme_entry_report_title" ON "work_programme_entry" ("report_title");
