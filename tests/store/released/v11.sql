-- A cpdesk database at schema version 11: the version-10 data migrated by cpdesk, with the 10 February
-- 2026 meeting imported from the committee system (the council's ModernGov response kept in
-- ../shared/data/moderngov/meeting_with_minutes.xml) by cpdesk's own import: its two agenda items marked
-- as imported, each with its linked document (title and web address), beside the clerk's own items.
-- Written tables first, then their rows (the search index's own rows among them), then indexes and
-- triggers, as SQLite needs them to be read back. Kept so that every later migration is tested on real
-- version-11 data.
PRAGMA user_version = 11;
BEGIN TRANSACTION;
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
CREATE TABLE "action_link" (
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
    "deleted_at" TEXT, "imported_from" TEXT CHECK (imported_from IN ('moderngov')),
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("presenter_id") REFERENCES "person" ("id") ON DELETE SET NULL
);
CREATE TABLE "agenda_item_link" (
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
CREATE TABLE "ambition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
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
CREATE TABLE "annual_report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "approach_item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "old_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL CHECK (level IN ('national', 'regional', 'local_authority'))
);
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
CREATE TABLE "body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('sub_committee', 'young_people', 'steering_group', 'parent_committee')),
    "parent_id" TEXT,
    FOREIGN KEY ("parent_id") REFERENCES "body" ("id") ON DELETE SET NULL
);
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
CREATE TABLE "challenge_action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "challenge_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("challenge_id") REFERENCES "challenge" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
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
CREATE TABLE "challenge_step" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "challenge_id" TEXT NOT NULL,
    "on_date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("challenge_id") REFERENCES "challenge" ("id") ON DELETE CASCADE
);
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
CREATE TABLE "comparator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "comparator_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('national', 'regional', 'neighbour')),
    "rank" INTEGER NOT NULL,
    FOREIGN KEY ("area_id") REFERENCES "area" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("comparator_id") REFERENCES "area" ("id") ON DELETE CASCADE
);
CREATE TABLE "condition_for_success" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "context_figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL CHECK (unit IN ('count', 'percent')),
    "counts" TEXT NOT NULL,
    "as_of" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
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
CREATE TABLE "delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "exception_action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "exception_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("exception_id") REFERENCES "indicator_exception" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
CREATE TABLE "good_parenting_trait" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "governance_body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rate_per_10000', 'days', 'number')),
    "polarity" TEXT NOT NULL CHECK (polarity IN ('higher', 'lower', 'none')),
    "target" REAL,
    "source" TEXT NOT NULL,
    "source_key" TEXT,
    "deleted_at" TEXT
);
CREATE TABLE "indicator_exception" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "recorded_on" TEXT NOT NULL,
    FOREIGN KEY ("value_id") REFERENCES "indicator_value" ("id") ON DELETE CASCADE
);
CREATE TABLE "indicator_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "priority_id" TEXT,
    "success_measure_id" TEXT,
    FOREIGN KEY ("indicator_id") REFERENCES "indicator" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("success_measure_id") REFERENCES "success_measure" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (success_measure_id IS NOT NULL) = 1)
);
CREATE TABLE "indicator_value" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "value" REAL,
    "numerator" REAL,
    "denominator" REAL,
    "suppressed" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "source" TEXT NOT NULL, "statistics_import_id" TEXT REFERENCES "statistics_import" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("indicator_id") REFERENCES "indicator" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("area_id") REFERENCES "area" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE "minute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE TABLE "minute_draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE TABLE "narrative" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
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
CREATE TABLE "paper_content" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE CASCADE
);
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
CREATE TABLE "pledge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "introduction" TEXT NOT NULL,
    "personal_adviser" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "pledge_area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "principle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "priority" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "delivered_by" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "priority_delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("team_id") REFERENCES "delivery_team" ("id") ON DELETE CASCADE
);
CREATE TABLE "promise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "related_plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "replaced_value" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "statistics_import_id" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "value" REAL,
    "numerator" REAL,
    "denominator" REAL,
    "suppressed" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "previous_import_id" TEXT,
    "value_updated_at" TEXT NOT NULL,
    FOREIGN KEY ("statistics_import_id") REFERENCES "statistics_import" ("id") ON DELETE CASCADE
);
CREATE TABLE "setting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL
);
CREATE TABLE "statistics_import" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "indicators_added" INTEGER NOT NULL,
    "values_written" INTEGER NOT NULL,
    "journal" TEXT NOT NULL,
    "undone_at" TEXT
);
CREATE TABLE "strategy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "council" TEXT NOT NULL,
    "period_start" INTEGER NOT NULL,
    "period_end" INTEGER NOT NULL,
    "version_label" TEXT NOT NULL,
    "council_vision" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "imported_from" TEXT NOT NULL,
    "imported_at" TEXT NOT NULL,
    "is_current" INTEGER NOT NULL
);
CREATE TABLE "success_measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
CREATE TABLE "team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT
);
CREATE TABLE "way_of_working" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
CREATE TABLE "work_programme_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "report_title" TEXT NOT NULL,
    "due_month" INTEGER NOT NULL CHECK (due_month BETWEEN 1 AND 12),
    "notes" TEXT NOT NULL
);
CREATE TABLE "you_said" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
CREATE TABLE "desk_user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL CHECK (role IN ('member', 'chair', 'clerk', 'officer'))
);
CREATE TABLE "annotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL CHECK (target_kind IN ('priority', 'commitment', 'promise', 'pledge_area', 'meeting', 'agenda_item', 'report', 'paper', 'action', 'challenge', 'indicator')),
    "target_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "is_question" INTEGER NOT NULL,
    "asked_on" TEXT,
    "action_id" TEXT,
    "page" INTEGER,
    "quote" TEXT NOT NULL,
    "quote_hash" TEXT NOT NULL,
    "anchored_to" TEXT NOT NULL,
    "anchor" TEXT NOT NULL CHECK (anchor IN ('placed', 'moved', 'lost')),
    "deleted_at" TEXT,
    FOREIGN KEY ("user_id") REFERENCES "desk_user" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE SET NULL
);
CREATE TABLE "paper_page" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE CASCADE
);
CREATE TABLE "search_entry" (
    "rowid" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);
CREATE VIRTUAL TABLE "search_text" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');
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
CREATE TABLE "audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "record_id" TEXT,
    "what" TEXT NOT NULL
);
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
INSERT INTO "action"("id","created_at","updated_at","kind","reference","meeting_id","agenda_item_id","description","raised_by_id","owner_id","owner_team_id","due_date","status","answer","closed_on","last_update_on","is_example","deleted_at") VALUES('934690a8d6584b3bac0d20445251798e','2026-11-23T22:05:04.154493Z','2026-11-23T22:05:04.157083Z','action','A25-001','7c9eb1119b074dafb3f24ad858a39f58','4054cad2ccea4e129a39043123a67831','Circulate the participation figures',NULL,'22e9e96b92894a86ac204090207c09e2',NULL,'2025-07-31','in_progress','',NULL,'2025-07-01',0,NULL);
INSERT INTO "action_link"("id","created_at","updated_at","priority_id","commitment_id","promise_id","pledge_area_id","action_id") VALUES('8ee6e18316194fafacb1c752ec4a5ac8','2026-11-23T22:05:04.154889Z','2026-11-23T22:05:04.154893Z','cc0e4eba19474b5b964a011afd553805',NULL,NULL,NULL,'934690a8d6584b3bac0d20445251798e');
INSERT INTO "action_link"("id","created_at","updated_at","priority_id","commitment_id","promise_id","pledge_area_id","action_id") VALUES('1da690e672fa4129b8b38d88d79ab76b','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z',NULL,NULL,NULL,'aa53395a66fe4234855d7f9e22486a29','934690a8d6584b3bac0d20445251798e');
INSERT INTO "action_update"("id","created_at","updated_at","action_id","on_date","text","status","author") VALUES('05d6b6c397a74fa99ecdcb12ee561063','2026-11-23T22:05:04.156874Z','2026-11-23T22:05:04.156886Z','934690a8d6584b3bac0d20445251798e','2025-07-01','Figures requested.','in_progress','');
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('0322a22f8ea8436d9ba9fb9d603a5a39','2026-11-23T22:05:04.075024Z','2026-11-23T22:05:04.075030Z','7c9eb1119b074dafb3f24ad858a39f58',0,'Apologies for absence and declarations of interest','standing','apologies',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('8c70c59a744946d984a83e4e00afdaed','2026-11-23T22:05:04.075699Z','2026-11-23T22:05:04.075703Z','7c9eb1119b074dafb3f24ad858a39f58',1,'Minutes of the last meeting','standing','minutes',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('1c1832df3cee451bac250406eff3f3f9','2026-11-23T22:05:04.076485Z','2026-11-23T22:05:04.076489Z','7c9eb1119b074dafb3f24ad858a39f58',2,'Action log','standing','action_log',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('77d1478a3ab0496e917a0caccfe62add','2026-11-23T22:05:04.077258Z','2026-11-23T22:05:04.077261Z','7c9eb1119b074dafb3f24ad858a39f58',3,'Feedback from the Young People''s Corporate Parenting Meeting','standing','young_people',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('4054cad2ccea4e129a39043123a67831','2026-11-23T22:05:04.078288Z','2026-11-23T22:05:04.078291Z','7c9eb1119b074dafb3f24ad858a39f58',4,'Corporate Parenting Annual Report','information','',NULL,'Corporate Parenting Annual Report','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('a75772e010ae4bcb9b49c59cc9688c9e','2026-11-23T22:05:04.079055Z','2026-11-23T22:05:04.079058Z','7c9eb1119b074dafb3f24ad858a39f58',5,'Work programme','standing','work_programme',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('ab3c0b251c3745c89dc849fce3d508f1','2026-11-23T22:05:04.079858Z','2026-11-23T22:05:04.079861Z','7c9eb1119b074dafb3f24ad858a39f58',6,'Date of the next meeting','standing','next_meeting',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('e498dec80ed94143857c16e273ce0bd6','2026-11-23T22:05:04.160069Z','2026-11-23T22:05:04.160075Z','373db16963f541bbb0d547db9ab7f583',0,'Apologies for absence and declarations of interest','standing','apologies',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('13a59fde42ef41018702ab971ba0884f','2026-11-23T22:05:04.160805Z','2026-11-23T22:05:04.160809Z','373db16963f541bbb0d547db9ab7f583',1,'Minutes of the last meeting','standing','minutes',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('37c684f9758d40f4b1ea53d8df9875f2','2026-11-23T22:05:04.161495Z','2026-11-23T22:05:04.161499Z','373db16963f541bbb0d547db9ab7f583',2,'Action log','standing','action_log',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('18b6c17e8b094f398fa5bea7981dd7d5','2026-11-23T22:05:04.162196Z','2026-11-23T22:05:04.162199Z','373db16963f541bbb0d547db9ab7f583',3,'Feedback from the Young People''s Corporate Parenting Meeting','standing','young_people',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('5bb32f52b9954754b55989bbe2b08e29','2026-11-23T22:05:04.163237Z','2026-11-23T22:05:04.163240Z','373db16963f541bbb0d547db9ab7f583',4,'Work programme','standing','work_programme',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('ea7d6e8a44f9472184166aaee3b45767','2026-11-23T22:05:04.164019Z','2026-11-23T22:05:04.164022Z','373db16963f541bbb0d547db9ab7f583',5,'Date of the next meeting','standing','next_meeting',NULL,'','',NULL,NULL);
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('024760a3996554fa8e495c036759a4d5','2026-12-03T08:11:43.510759Z','2026-12-03T08:11:43.515946Z','e9beeb4d75f9535984cf8a1c95d345b5',0,'Minutes','information','',NULL,'','To approve as a correct record the minutes of the meeting held on 25 November 2025.',NULL,'moderngov');
INSERT INTO "agenda_item"("id","created_at","updated_at","meeting_id","position","title","item_type","standing_kind","presenter_id","annual_report","description","deleted_at","imported_from") VALUES('09212a144ea05c6093875ca0148feb76','2026-12-03T08:11:43.513308Z','2026-12-03T08:11:43.516419Z','e9beeb4d75f9535984cf8a1c95d345b5',1,'Work Programme','information','',NULL,'','The report of the Governance and Scrutiny Support Unit, attached.',NULL,'moderngov');
INSERT INTO "ambition"("id","created_at","updated_at","strategy_id","position","number","text") VALUES('36d61df496f14d89a41810c50a59857c','2026-11-23T22:05:04.057817Z','2026-11-23T22:05:04.057823Z','9058e7c2531a45a98f926259898ff7b9',0,1,'Net zero carbon emissions for Cambridgeshire by 2045, and our communities and natural environment are supported to adapt and thrive as the climate changes');
INSERT INTO "annual_report"("id","created_at","updated_at","strategy_id","position","title","description") VALUES('00a4997280984eb18939a21d449b8b03','2026-11-23T22:05:04.059486Z','2026-11-23T22:05:04.059491Z','9058e7c2531a45a98f926259898ff7b9',0,'Corporate Parenting Annual Report','Annually, the Corporate Parenting Board will generate a report offering a comprehensive overview of the accomplishments, advancements, and challenges encountered in addressing the needs of Cambridgeshire''s looked after children and care leavers, whether placed within or outside the borough. This report will also outline the priorities for the upcoming year.');
INSERT INTO "annual_report"("id","created_at","updated_at","strategy_id","position","title","description") VALUES('d6e0851210094761a607478e7e35975e','2026-11-23T22:05:04.059612Z','2026-11-23T22:05:04.059615Z','9058e7c2531a45a98f926259898ff7b9',1,'Participation Annual Report','Annually, the Participation team will complete a report outlining the work that has been undertaken to hear the voice of our children and young people - to influence the service changes required to deliver a better care and support.');
INSERT INTO "approach_item"("id","created_at","updated_at","strategy_id","position","title","text") VALUES('9e7aa2ad8ebe4b949c62ce7a522cf76f','2026-11-23T22:05:04.058274Z','2026-11-23T22:05:04.058280Z','9058e7c2531a45a98f926259898ff7b9',0,'Prevention and Early Intervention','we strive to prioritise prevention and early intervention to support children and families, giving them every opportunity to stay together. If care becomes necessary, we will explore options for children to live within the wider family and friends'' networks whenever possible.');
INSERT INTO "area"("id","created_at","updated_at","code","old_code","name","level") VALUES('787d33f0709749f78fd9a32effa146a8','2026-11-23T22:05:04.345897Z','2026-11-23T22:05:04.345912Z','E10000003','873','Cambridgeshire','local_authority');
INSERT INTO "area"("id","created_at","updated_at","code","old_code","name","level") VALUES('203cbf82cbca47c28eb1e94c9b32e389','2026-12-02T10:19:35.186573Z','2026-12-02T10:19:35.186580Z','E92000001','','England','national');
INSERT INTO "area"("id","created_at","updated_at","code","old_code","name","level") VALUES('61cfce4772c84939830f65ab56c08ad7','2026-12-02T10:19:35.186874Z','2026-12-02T10:19:35.186881Z','E12000006','','East of England','regional');
INSERT INTO "area"("id","created_at","updated_at","code","old_code","name","level") VALUES('a46550df8d4340eea731527328ccb847','2026-12-02T10:19:35.187096Z','2026-12-02T10:19:35.187102Z','E10000025','931','Oxfordshire','local_authority');
INSERT INTO "area"("id","created_at","updated_at","code","old_code","name","level") VALUES('1069615eccf3462b93f67e7e17073111','2026-12-02T10:19:35.187301Z','2026-12-02T10:19:35.187307Z','E10000031','937','Warwickshire','local_authority');
INSERT INTO "attendance"("id","created_at","updated_at","meeting_id","person_id","status","substitute_for_id") VALUES('bea658a49bf0426bac6d189601ecef9a','2026-11-23T22:05:04.073948Z','2026-11-23T22:05:04.073956Z','7c9eb1119b074dafb3f24ad858a39f58','0960db79c1cf44a78d3b3a9351940508','present',NULL);
INSERT INTO "body"("id","created_at","updated_at","name","kind","parent_id") VALUES('62d0a08531104bb6a5f7892f74d0c985','2026-11-23T22:05:04.063747Z','2026-11-23T22:05:04.063756Z','Children and Young People Committee','parent_committee',NULL);
INSERT INTO "body"("id","created_at","updated_at","name","kind","parent_id") VALUES('4dfb011d3ab4455f8de80d4fccaabcb7','2026-11-23T22:05:04.066216Z','2026-11-23T22:05:04.066223Z','Corporate Parenting Sub-Committee','sub_committee','62d0a08531104bb6a5f7892f74d0c985');
INSERT INTO "body"("id","created_at","updated_at","name","kind","parent_id") VALUES('88762f4ff9544ab491db4aea4e0f47ae','2026-11-23T22:05:04.066802Z','2026-11-23T22:05:04.066806Z','Young People''s Corporate Parenting Meeting','young_people','4dfb011d3ab4455f8de80d4fccaabcb7');
INSERT INTO "body"("id","created_at","updated_at","name","kind","parent_id") VALUES('0760db4e4e5b418f96a127f440de2dfe','2026-11-23T22:05:04.067238Z','2026-11-23T22:05:04.067242Z','Corporate Parenting Steering Group','steering_group','4dfb011d3ab4455f8de80d4fccaabcb7');
INSERT INTO "challenge"("id","created_at","updated_at","reference","raised_at_id","raised_by_kind","raised_by","you_said","theme","agenda_item_id","officer_id","response","response_on","status","reason","closed_on","told_on","told_how","is_example","deleted_at") VALUES('b37797c24e65444eab3b598a2b24e4b6','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','YP25-001','6b45b504a67248b4a44aa43619bb4323','group','Children in Care Council','We want a say in our pocket money.','Money',NULL,NULL,'',NULL,'not_possible','The rates are set nationally this year.','2025-08-01','2025-08-01','Letter',0,NULL);
INSERT INTO "challenge_action"("id","created_at","updated_at","challenge_id","action_id") VALUES('01bbbba773284447b99cf22f1279ed98','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','b37797c24e65444eab3b598a2b24e4b6','934690a8d6584b3bac0d20445251798e');
INSERT INTO "challenge_link"("id","created_at","updated_at","priority_id","commitment_id","promise_id","pledge_area_id","challenge_id") VALUES('a297bd5960f14af0a941407a5125882f','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z',NULL,NULL,NULL,'aa53395a66fe4234855d7f9e22486a29','b37797c24e65444eab3b598a2b24e4b6');
INSERT INTO "challenge_step"("id","created_at","updated_at","challenge_id","on_date","text") VALUES('a8ccf0befb694e9187dbe1a2e5ed1193','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','b37797c24e65444eab3b598a2b24e4b6','2025-07-20','We asked the council.');
INSERT INTO "commitment"("id","created_at","updated_at","priority_id","position","text") VALUES('5e07538910f349c298468eb5659cbdb9','2026-11-23T22:05:04.060515Z','2026-11-23T22:05:04.060519Z','cc0e4eba19474b5b964a011afd553805',0,'Ensure children feel involved in decision making about their lives through the child''s journey.');
INSERT INTO "commitment"("id","created_at","updated_at","priority_id","position","text") VALUES('584fed8fa8854abb8b7cd3eb6187c30b','2026-11-23T22:05:04.060726Z','2026-11-23T22:05:04.060731Z','cc0e4eba19474b5b964a011afd553805',1,'Increase the number of children who participate and attend the Children in Care Council Meeting.');
INSERT INTO "comparator"("id","created_at","updated_at","area_id","comparator_id","kind","rank") VALUES('230f97e45e8d43b99b1096126d67aaba','2026-12-02T10:19:35.188100Z','2026-12-02T10:19:35.188105Z','787d33f0709749f78fd9a32effa146a8','203cbf82cbca47c28eb1e94c9b32e389','national',0);
INSERT INTO "comparator"("id","created_at","updated_at","area_id","comparator_id","kind","rank") VALUES('7c31be91373f47a291485002027a3be7','2026-12-02T10:19:35.188125Z','2026-12-02T10:19:35.188129Z','787d33f0709749f78fd9a32effa146a8','61cfce4772c84939830f65ab56c08ad7','regional',0);
INSERT INTO "comparator"("id","created_at","updated_at","area_id","comparator_id","kind","rank") VALUES('7bfb0e3319ff4257bdf14de5d192c6a2','2026-12-02T10:19:35.188146Z','2026-12-02T10:19:35.188150Z','787d33f0709749f78fd9a32effa146a8','a46550df8d4340eea731527328ccb847','neighbour',1);
INSERT INTO "comparator"("id","created_at","updated_at","area_id","comparator_id","kind","rank") VALUES('8d302bcc69f94b928b5e3b354a1f0ec3','2026-12-02T10:19:35.188167Z','2026-12-02T10:19:35.188170Z','787d33f0709749f78fd9a32effa146a8','1069615eccf3462b93f67e7e17073111','neighbour',2);
INSERT INTO "condition_for_success"("id","created_at","updated_at","strategy_id","position","text") VALUES('8c3071fd712e4281b83ecb9fec795c45','2026-11-23T22:05:04.057986Z','2026-11-23T22:05:04.057992Z','9058e7c2531a45a98f926259898ff7b9',0,'Demonstrating strong leadership and implementing rigorous performance management.');
INSERT INTO "context_figure"("id","created_at","updated_at","strategy_id","position","section","value","unit","counts","as_of","note") VALUES('26d1ac1d10114394b2b2d5a91ff3227b','2026-11-23T22:05:04.059723Z','2026-11-23T22:05:04.059730Z','9058e7c2531a45a98f926259898ff7b9',0,'Context in Cambridgeshire',706.0,'count','Children in Care','2024-12','');
INSERT INTO "context_figure"("id","created_at","updated_at","strategy_id","position","section","value","unit","counts","as_of","note") VALUES('d054b612caa146a48c29fcfc7dfa7529','2026-11-23T22:05:04.059895Z','2026-11-23T22:05:04.059900Z','9058e7c2531a45a98f926259898ff7b9',1,'Context in Cambridgeshire',412.0,'count','were male','2024-12','');
INSERT INTO "decision"("id","created_at","updated_at","agenda_item_id","position","text","votes_for","votes_against","abstentions","deleted_at") VALUES('2414e1f0e5174351b611b9df508d21c4','2026-11-23T22:05:04.153496Z','2026-11-23T22:05:04.153504Z','4054cad2ccea4e129a39043123a67831',0,'To note the report.',5,0,0,NULL);
INSERT INTO "declaration"("id","created_at","updated_at","agenda_item_id","person_id","kind","interest","deleted_at") VALUES('6290163ebfdc48be8cf883237584eced','2026-11-23T22:05:04.149057Z','2026-11-23T22:05:04.149064Z','4054cad2ccea4e129a39043123a67831','0960db79c1cf44a78d3b3a9351940508','other_registrable','Governor of a school',NULL);
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('5f02972e04a04439b414997ae55839f9','2026-11-23T22:05:04.060950Z','2026-11-23T22:05:04.060957Z','9058e7c2531a45a98f926259898ff7b9',0,'Participation team');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('4e1df42c47c74e7b9dd518c17982477e','2026-11-23T22:05:04.061211Z','2026-11-23T22:05:04.061214Z','9058e7c2531a45a98f926259898ff7b9',1,'Virtual School');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('05bf440f1f304daeae92883aa9489380','2026-11-23T22:05:04.061399Z','2026-11-23T22:05:04.061402Z','9058e7c2531a45a98f926259898ff7b9',2,'Children in Care team');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('baaf0b6e4634454cb42bb99748a0677f','2026-11-23T22:05:04.061603Z','2026-11-23T22:05:04.061606Z','9058e7c2531a45a98f926259898ff7b9',3,'Care Leavers team');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('f978b5526832468894d4742d38589d10','2026-11-23T22:05:04.061795Z','2026-11-23T22:05:04.061798Z','9058e7c2531a45a98f926259898ff7b9',4,'Independent Reviewing Officer Service');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('965cfaa45e3d402cbea85edbcb555934','2026-11-23T22:05:04.061981Z','2026-11-23T22:05:04.061984Z','9058e7c2531a45a98f926259898ff7b9',5,'Youth Offending Service');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('d3de6728554047c0ac2e7b668ea3ae38','2026-11-23T22:05:04.062175Z','2026-11-23T22:05:04.062178Z','9058e7c2531a45a98f926259898ff7b9',6,'Family Support and Safeguarding team');
INSERT INTO "delivery_team"("id","created_at","updated_at","strategy_id","position","name") VALUES('af530061e4f6402684e1cb225922e5c5','2026-11-23T22:05:04.062363Z','2026-11-23T22:05:04.062365Z','9058e7c2531a45a98f926259898ff7b9',7,'Fostering Service');
INSERT INTO "good_parenting_trait"("id","created_at","updated_at","strategy_id","position","text") VALUES('5d53907284fc4af9bcf804b8ecf1117e','2026-11-23T22:05:04.059367Z','2026-11-23T22:05:04.059371Z','9058e7c2531a45a98f926259898ff7b9',0,'Has high aspirations for children and young people''s achievements');
INSERT INTO "governance_body"("id","created_at","updated_at","strategy_id","position","name","role") VALUES('76001c829bbe4fd58ba777f272a16141','2026-11-23T22:05:04.059108Z','2026-11-23T22:05:04.059113Z','9058e7c2531a45a98f926259898ff7b9',0,'Corporate Parenting Sub-Committee','Provides vision, strategy and performance accountability');
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('754be9600d664885b7183a6db7dda2e7','2026-11-23T22:05:04.347851Z','2026-11-23T22:05:04.347857Z','Context in Cambridgeshire: Children in Care','From the strategy''s context figures (Context in Cambridgeshire).','count','none',NULL,'Corporate Parenting Strategy 2023-2028','strategy:2023-2028:Context in Cambridgeshire:Children in Care:count',NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('4b59afc508964c9abd71a096a755c4bb','2026-11-23T22:05:04.348561Z','2026-11-23T22:05:04.348646Z','Context in Cambridgeshire: Were male','From the strategy''s context figures (Context in Cambridgeshire).','count','none',NULL,'Corporate Parenting Strategy 2023-2028','strategy:2023-2028:Context in Cambridgeshire:were male:count',NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('7a80160785144036b98c4381164b62c3','2026-11-23T22:05:04.349864Z','2026-11-23T22:05:04.349870Z','Long-term placement stability (released test)','','percent','higher',75.0,'',NULL,NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('af715c91062a47e8b49a023a7da5455b','2026-12-02T10:19:35.188646Z','2026-12-02T10:19:35.188652Z','Under 10: Number starting','age group: Under 10','count','none',NULL,'Department for Education, Explore Education Statistics (starting.csv)','ees:age_group=Under 10#count@number_starting',NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('9c84ae1e2f834f0b84b49f04f3614ef5','2026-12-02T10:19:35.188698Z','2026-12-02T10:19:35.188701Z','Under 10: Number ceasing','age group: Under 10','count','none',NULL,'Department for Education, Explore Education Statistics (starting.csv)','ees:age_group=Under 10#count@number_ceasing',NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('c54af7f943f541e3ae4a57ef5dc041fb','2026-12-02T10:19:35.188718Z','2026-12-02T10:19:35.188721Z','10 and over: Number starting','age group: 10 and over','count','none',NULL,'Department for Education, Explore Education Statistics (starting.csv)','ees:age_group=10 and over#count@number_starting',NULL);
INSERT INTO "indicator"("id","created_at","updated_at","name","description","unit","polarity","target","source","source_key","deleted_at") VALUES('1031e1f8b2cb44d8abf5ed80d0e3a17a','2026-12-02T10:19:35.188739Z','2026-12-02T16:29:52.909199Z','10 and over: Number ceasing','age group: 10 and over','count','none',NULL,'Department for Education, Explore Education Statistics (starting.csv)','ees:age_group=10 and over#count@number_ceasing',NULL);
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('5db341376f114bd2b694dc069892f291','2026-11-23T22:05:04.348164Z','2026-11-23T22:05:04.348173Z','754be9600d664885b7183a6db7dda2e7','787d33f0709749f78fd9a32effa146a8','2024-12','2024-12-31',706.0,NULL,NULL,'','','strategy',NULL);
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('186a50d6412244bdb2ff2a4ef3333c3d','2026-11-23T22:05:04.348816Z','2026-11-23T22:05:04.348823Z','4b59afc508964c9abd71a096a755c4bb','787d33f0709749f78fd9a32effa146a8','2024-12','2024-12-31',412.0,NULL,NULL,'','','strategy',NULL);
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('baf91311b95f408aa93fea1b980772ff','2026-11-23T22:05:04.351544Z','2026-11-23T22:05:04.351552Z','7a80160785144036b98c4381164b62c3','787d33f0709749f78fd9a32effa146a8','2025','2025-12-31',71.0,142.0,201.0,'','','recorded',NULL);
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('22fda70c27204cb8ab1f668ebaf5a36d','2026-11-23T22:05:04.353041Z','2026-11-23T22:05:04.353048Z','7a80160785144036b98c4381164b62c3','787d33f0709749f78fd9a32effa146a8','2024','2024-12-31',NULL,NULL,NULL,'c','','recorded',NULL);
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('514a8a0f14cb4b7a90d841340c5af2f1','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','203cbf82cbca47c28eb1e94c9b32e389','2024','2024-03-31',14.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('b3103e30b34f490b9fa38d222493581f','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','203cbf82cbca47c28eb1e94c9b32e389','2024','2024-03-31',5.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('2b1a1541fd794b56b51a1d4fbffcaf54','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','203cbf82cbca47c28eb1e94c9b32e389','2024','2024-03-31',14.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ecc02fd7ce43403daa689a4ca802524e','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','203cbf82cbca47c28eb1e94c9b32e389','2024','2024-03-31',5.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ab2ce80b95144cb0aeb0277ac94d3882','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','61cfce4772c84939830f65ab56c08ad7','2024','2024-03-31',15.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('9551c7030d5f4f929a81fdf98737b12e','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','61cfce4772c84939830f65ab56c08ad7','2024','2024-03-31',6.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('40f0f482c9744f3cad89412097997f82','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','61cfce4772c84939830f65ab56c08ad7','2024','2024-03-31',15.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('9f91ef11c1314418b086a38938359843','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','61cfce4772c84939830f65ab56c08ad7','2024','2024-03-31',6.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('7876740fa05e4add970fec710866bca3','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','787d33f0709749f78fd9a32effa146a8','2024','2024-03-31',16.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('99f69d07efec4a72988ee360b58a8f48','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','787d33f0709749f78fd9a32effa146a8','2024','2024-03-31',7.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('15e0afd48b1546b69c12de7afc78c3b8','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','787d33f0709749f78fd9a32effa146a8','2024','2024-03-31',16.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ced24e0ca8604456848d434f9d906a70','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','787d33f0709749f78fd9a32effa146a8','2024','2024-03-31',7.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('aec6ea654a40428e9dc7b7bf79d3aae9','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','a46550df8d4340eea731527328ccb847','2024','2024-03-31',17.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('fc9cace1e04348518481f8c9667e3255','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','a46550df8d4340eea731527328ccb847','2024','2024-03-31',8.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('fb79cd527ecf41c0bbef4f774fbe5e0e','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','a46550df8d4340eea731527328ccb847','2024','2024-03-31',17.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ce5eb8b2319842a6967c73daeee1496d','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','a46550df8d4340eea731527328ccb847','2024','2024-03-31',8.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('f7061d12a3644c61987b9ed7851eaeab','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','1069615eccf3462b93f67e7e17073111','2024','2024-03-31',18.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('a1641a20185e4aaaa343a76061893e85','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','1069615eccf3462b93f67e7e17073111','2024','2024-03-31',9.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('a27064c2f6f1464080faab7bfdb4faaa','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','1069615eccf3462b93f67e7e17073111','2024','2024-03-31',18.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('44a298fe90e84d2b83b2674ba49d2c06','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','1069615eccf3462b93f67e7e17073111','2024','2024-03-31',9.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ae277f646fd2431a826c218c8f21d15a','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','203cbf82cbca47c28eb1e94c9b32e389','2025','2025-03-31',15.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('8b6e3e297c7c4efd830885ed3c278d38','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','203cbf82cbca47c28eb1e94c9b32e389','2025','2025-03-31',5.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('c03f592f992646c48726bdc0293261f8','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','203cbf82cbca47c28eb1e94c9b32e389','2025','2025-03-31',15.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('2320ea8ffc4b4e588559874b875395e7','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','203cbf82cbca47c28eb1e94c9b32e389','2025','2025-03-31',5.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('a532ed4517004130839984284b1e0246','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','61cfce4772c84939830f65ab56c08ad7','2025','2025-03-31',16.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('82df3a67deef48778b4cc3e1fd66bdd4','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','61cfce4772c84939830f65ab56c08ad7','2025','2025-03-31',6.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('5aa14c3eccdf4117893bc6368ae43ed5','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','61cfce4772c84939830f65ab56c08ad7','2025','2025-03-31',16.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('1b3f4e018d234f25afeed314fcf50158','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','61cfce4772c84939830f65ab56c08ad7','2025','2025-03-31',6.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('f1bbcdaa31544c0bbccbe0453ae65e8f','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','787d33f0709749f78fd9a32effa146a8','2025','2025-03-31',17.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('89d6c554b5fd4336918dad4bf1d58a26','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','787d33f0709749f78fd9a32effa146a8','2025','2025-03-31',7.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('beb4581840ed4e9cacd9d729c38e4eef','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','787d33f0709749f78fd9a32effa146a8','2025','2025-03-31',17.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('c0724dac963c45b0b671ccea53fada33','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','787d33f0709749f78fd9a32effa146a8','2025','2025-03-31',7.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('ed74d3f8248a4b488be56326aa2c5a02','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','a46550df8d4340eea731527328ccb847','2025','2025-03-31',18.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('6bcfa2fcfda04f8d97ee00056e5a5326','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','a46550df8d4340eea731527328ccb847','2025','2025-03-31',8.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('3cd412a4143248d8b9b8a8c9b0f96687','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','a46550df8d4340eea731527328ccb847','2025','2025-03-31',18.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('dd2a4ef624f34afeb73fcbf9faa814e1','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','a46550df8d4340eea731527328ccb847','2025','2025-03-31',8.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('35bab13a36d043e7bb3fcafd927c68b9','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','af715c91062a47e8b49a023a7da5455b','1069615eccf3462b93f67e7e17073111','2025','2025-03-31',19.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('65c1a53e996a413fac48066f3942ec41','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','9c84ae1e2f834f0b84b49f04f3614ef5','1069615eccf3462b93f67e7e17073111','2025','2025-03-31',9.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('32c9c0d26eed4ef7b3148c14becc51a2','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','c54af7f943f541e3ae4a57ef5dc041fb','1069615eccf3462b93f67e7e17073111','2025','2025-03-31',19.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "indicator_value"("id","created_at","updated_at","indicator_id","area_id","period","period_end","value","numerator","denominator","suppressed","note","source","statistics_import_id") VALUES('62a87099e9f34aab85d1f49db33d98dd','2026-12-02T10:19:35.185740Z','2026-12-02T10:19:35.185740Z','1031e1f8b2cb44d8abf5ed80d0e3a17a','1069615eccf3462b93f67e7e17073111','2025','2025-03-31',9.0,NULL,NULL,'','','starting.csv','3cc009d44bc34cfa838b174c8eee204e');
INSERT INTO "meeting"("id","created_at","updated_at","body_id","date","time","venue","status","minutes_approved_at_id","notes","is_example","deleted_at") VALUES('7c9eb1119b074dafb3f24ad858a39f58','2026-11-23T22:05:04.070648Z','2026-11-23T22:05:04.167000Z','4dfb011d3ab4455f8de80d4fccaabcb7','2025-06-10','10:00','New Shire Hall','minutes_approved','373db16963f541bbb0d547db9ab7f583','',0,NULL);
INSERT INTO "meeting"("id","created_at","updated_at","body_id","date","time","venue","status","minutes_approved_at_id","notes","is_example","deleted_at") VALUES('373db16963f541bbb0d547db9ab7f583','2026-11-23T22:05:04.071467Z','2026-11-23T22:05:04.071472Z','4dfb011d3ab4455f8de80d4fccaabcb7','2025-08-05','10:00','New Shire Hall','scheduled',NULL,'',0,NULL);
INSERT INTO "meeting"("id","created_at","updated_at","body_id","date","time","venue","status","minutes_approved_at_id","notes","is_example","deleted_at") VALUES('6b45b504a67248b4a44aa43619bb4323','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','88762f4ff9544ab491db4aea4e0f47ae','2025-07-01','16:30','','held',NULL,'',0,NULL);
INSERT INTO "meeting"("id","created_at","updated_at","body_id","date","time","venue","status","minutes_approved_at_id","notes","is_example","deleted_at") VALUES('e9beeb4d75f9535984cf8a1c95d345b5','2026-12-03T08:11:43.505462Z','2026-12-03T08:11:43.505478Z','4dfb011d3ab4455f8de80d4fccaabcb7','2026-02-10','10:00','Council Antechamber, Level 2, Town Hall Extension','held',NULL,'',0,NULL);
INSERT INTO "minute"("id","created_at","updated_at","agenda_item_id","discussion") VALUES('148227e489dd4aad937549a7debb0575','2026-11-23T22:05:04.152544Z','2026-11-23T22:05:04.152550Z','4054cad2ccea4e129a39043123a67831','Members welcomed the report.');
INSERT INTO "minute"("id","created_at","updated_at","agenda_item_id","discussion") VALUES('458121d38139490bb8c0161fa54c162b','2026-12-03T08:11:43.512640Z','2026-12-03T08:11:43.512647Z','024760a3996554fa8e495c036759a4d5','To approve the minutes of the meeting held on 25 November 2025 as a correct record.');
INSERT INTO "minute"("id","created_at","updated_at","agenda_item_id","discussion") VALUES('9f08f5c083f443b1afedeb6f586cdb99','2026-12-03T08:11:43.514886Z','2026-12-03T08:11:43.514891Z','09212a144ea05c6093875ca0148feb76','The Committee considered a report of the Governance and Scrutiny Support Unit which set out its future Work Programme for the remainder of 2025/26 municipal year.');
INSERT INTO "minute_draft"("id","created_at","updated_at","agenda_item_id","discussion") VALUES('262123d769b240a782e24a6e27699045','2026-12-02T10:00:00.000000Z','2026-12-02T10:00:00.000000Z','e498dec80ed94143857c16e273ce0bd6','Members asked about the waiting list (typed, not yet saved).');
INSERT INTO "narrative"("id","created_at","updated_at","strategy_id","position","key","title","body") VALUES('dc9b40896fc9486d9c66771c38e722ac','2026-11-23T22:05:04.057624Z','2026-11-23T22:05:04.057636Z','9058e7c2531a45a98f926259898ff7b9',0,'introduction','Introduction – Our strategy','A warm welcome to the Cambridgeshire Corporate Parenting Strategy 2025-2030

Corporate parenting is about everyone – elected members, council colleagues, and partner agencies – working together to provide the best support and protection for children in care. In Cambridgeshire County Council, the Corporate Parenting Sub-Committee brings everyone with Corporate Parenting responsibilities together, creating a welcoming space for our children, foster carers, and care leavers. Here, they can openly discuss and influence the entire range of services available to children and young people.

This strategy outlines our priorities for supporting our children in care and care leavers and establishes a framework that holds the council and their partners accountable for their promises and pledges. The Corporate Parenting Sub-Committee will diligently monitor our delivery against our strategy. Members will actively listen to young people and aim to ensure their happiness, health, access to quality education, and opportunities for training and employment. Additionally, it aims to ensure they have a home to go to when the time comes to live independently.

Our relational approach involves direct and routine engagement with children, their carers, and social workers, encouraging them to share experiences. This enables us to better understand the challenges they face and adapt services to meet their needs. Young people regularly provide feedback through statutory reviews, the Young Inspectors report, and the Children in Care Council/Voice.

Children’s experiences always form the core of our approach in Cambridgeshire County Council, with the strategy''s foundations set in consultation with our children and young people. Our priorities directly respond to The Cambridgeshire Promise, a list of commitments co-developed and endorsed by young people and endorsed by the Corporate Parenting Sub-Committee. We have further improved this by introducing our Pledges to care leavers.

In Cambridgeshire we care for our diverse group of children as corporate parents. We are committed to supporting each one of them in reaching their full potential, in line with their individual aspirations and goals. Every effort is made to ensure they have opportunities and encouragement they need to succeed. We are proud to have such a diverse group of children in our care and actively encourage everyone to feel confident and proud of who they are. Regardless of circumstances or characteristics, all our children and young people will receive the support they need to make every success of their lives.

At Cambridgeshire County Council, we understand that each child and young person has a unique history and vision for the future. This strategy seeks to ensure that their vision becomes a reality. Every child must be supported to reach their full potential, with no one left behind.');
INSERT INTO "paper"("id","created_at","updated_at","agenda_item_id","position","title","file_name","page_count","size_bytes","sha256","deleted_at") VALUES('c4ca7618d5d04903b18ea7fe3bbce92c','2026-11-23T22:05:04.147834Z','2026-11-23T22:05:04.147849Z','4054cad2ccea4e129a39043123a67831',0,'annual','annual.pdf',2,1831,'ae2e5ad04a3dcf0df9330b77136b9fe634a3af2b8358fbc7a3302f6ac3e0e169',NULL);
INSERT INTO "paper_content"("id","created_at","updated_at","paper_id","data") VALUES('5e75f7e1e5034f15b79c5181ad7157a2','2026-11-23T22:05:04.148109Z','2026-11-23T22:05:04.148116Z','c4ca7618d5d04903b18ea7fe3bbce92c',X'255044462d312e330a25938c8b9e205265706f72744c61622047656e6572617465642050444620646f63756d656e7420286f70656e736f75726365290a312030206f626a0a3c3c0a2f46312032203020520a3e3e0a656e646f626a0a322030206f626a0a3c3c0a2f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67202f4e616d65202f4631202f53756274797065202f5479706531202f54797065202f466f6e740a3e3e0a656e646f626a0a332030206f626a0a3c3c0a2f436f6e74656e7473203820302052202f4d65646961426f78205b20302030203539352e32373536203834312e38383938205d202f506172656e74203720302052202f5265736f7572636573203c3c0a2f466f6e74203120302052202f50726f63536574205b202f504446202f54657874202f496d61676542202f496d61676543202f496d61676549205d0a3e3e202f526f746174652030202f5472616e73203c3c0a0a3e3e200a20202f54797065202f506167650a3e3e0a656e646f626a0a342030206f626a0a3c3c0a2f436f6e74656e7473203920302052202f4d65646961426f78205b20302030203539352e32373536203834312e38383938205d202f506172656e74203720302052202f5265736f7572636573203c3c0a2f466f6e74203120302052202f50726f63536574205b202f504446202f54657874202f496d61676542202f496d61676543202f496d61676549205d0a3e3e202f526f746174652030202f5472616e73203c3c0a0a3e3e200a20202f54797065202f506167650a3e3e0a656e646f626a0a352030206f626a0a3c3c0a2f506167654d6f6465202f5573654e6f6e65202f5061676573203720302052202f54797065202f436174616c6f670a3e3e0a656e646f626a0a362030206f626a0a3c3c0a2f417574686f722028616e6f6e796d6f757329202f4372656174696f6e446174652028443a32303236313132333232303530342b30302730302729202f43726561746f722028616e6f6e796d6f757329202f4b6579776f726473202829202f4d6f64446174652028443a32303236313132333232303530342b30302730302729202f50726f647563657220285265706f72744c616220504446204c696272617279202d205c286f70656e736f757263655c2929200a20202f5375626a6563742028756e73706563696669656429202f5469746c652028756e7469746c656429202f54726170706564202f46616c73650a3e3e0a656e646f626a0a372030206f626a0a3c3c0a2f436f756e742032202f4b696473205b203320302052203420302052205d202f54797065202f50616765730a3e3e0a656e646f626a0a382030206f626a0a3c3c0a2f46696c746572205b202f415343494938354465636f6465202f466c6174654465636f6465205d202f4c656e677468203131390a3e3e0a73747265616d0a47617040445f2457466d274c686331695b683f4268504025382d72755a26233a2c4e422729756c405c274575545924662d2d6a353f56336e6c3f3c5b3a2e554b5e424c6567706e46454c266967603a74454f42592d5e4e2c40544955343c6a35453f753f2d5a224165425f6c256c2a624f2841524b7e3e656e6473747265616d0a656e646f626a0a392030206f626a0a3c3c0a2f46696c746572205b202f415343494938354465636f6465202f466c6174654465636f6465205d202f4c656e677468203132300a3e3e0a73747265616d0a47617040443373704b6c262d5b4456307238275029686061344a6c5c31614a4b54646c72586363582b363a36505f6058573b2d364a214829433d6854306b60687058402e443d4e3f30612643283860306b58264f586c66445e675e4d682e715a2b4a436e66452a42632d54243754366f53604528526b7e3e656e6473747265616d0a656e646f626a0a787265660a302031300a303030303030303030302036353533352066200a30303030303030303631203030303030206e200a30303030303030303932203030303030206e200a30303030303030313939203030303030206e200a30303030303030343032203030303030206e200a30303030303030363035203030303030206e200a30303030303030363733203030303030206e200a30303030303030393334203030303030206e200a30303030303030393939203030303030206e200a30303030303031323038203030303030206e200a747261696c65720a3c3c0a2f4944200a5b3c64643936353236326464366237396439316564653931376134303731613334383e3c64643936353236326464366237396439316564653931376134303731613334383e5d0a25205265706f72744c61622067656e6572617465642050444620646f63756d656e74202d2d2064696765737420286f70656e736f75726365290a0a2f496e666f2036203020520a2f526f6f742035203020520a2f53697a652031300a3e3e0a7374617274787265660a313431380a2525454f460a');
INSERT INTO "person"("id","created_at","updated_at","name","kind","role","post","team_id","email","is_example","deleted_at") VALUES('0960db79c1cf44a78d3b3a9351940508','2026-11-23T22:05:04.072082Z','2026-11-23T22:05:04.072087Z','Cllr Released','member','chair','',NULL,'',0,NULL);
INSERT INTO "person"("id","created_at","updated_at","name","kind","role","post","team_id","email","is_example","deleted_at") VALUES('22e9e96b92894a86ac204090207c09e2','2026-11-23T22:05:04.072733Z','2026-11-23T22:05:04.072742Z','Officer Released','officer','','Head of Service',NULL,'',0,NULL);
INSERT INTO "person"("id","created_at","updated_at","name","kind","role","post","team_id","email","is_example","deleted_at") VALUES('e81345dd99f2419aba66be8c88be1d8b','2026-11-23T22:05:04.073158Z','2026-11-23T22:05:04.073161Z','Sam','young_person','','',NULL,'',0,NULL);
INSERT INTO "person"("id","created_at","updated_at","name","kind","role","post","team_id","email","is_example","deleted_at") VALUES('c8bb84227ff45f90bd6b097140db5565','2026-12-03T08:11:43.518015Z','2026-12-03T08:11:43.518021Z','Councillor Basil Curley','member','member','',NULL,'',0,NULL);
INSERT INTO "pledge"("id","created_at","updated_at","strategy_id","position","introduction","personal_adviser") VALUES('970dbf2e88f34155b64d89559a35bec5','2026-11-23T22:05:04.058830Z','2026-11-23T22:05:04.058836Z','9058e7c2531a45a98f926259898ff7b9',0,'We are ambitious and optimistic about what you can achieve. We will nurture your aspirations and dreams by providing an easily accessible, up to date and inspiring Care Leaver Local Offer to enable you to reach your potential.

Our Care Experience Network have told us the following are the most important issues for our young people:','To help with this we will provide you with a dedicated Personal Adviser, who will build a trusted relationship with you, keeping in touch regularly and being your champion when you need one. We will support you to make informed choices about your present and future, as you get ready for independence.');
INSERT INTO "pledge_area"("id","created_at","updated_at","strategy_id","position","title","text") VALUES('aa53395a66fe4234855d7f9e22486a29','2026-11-23T22:05:04.058967Z','2026-11-23T22:05:04.058974Z','9058e7c2531a45a98f926259898ff7b9',0,'Education and employment','We will work with local colleges, youth organisations, charities, universities and employers to make sure you have access to courses and opportunities so that you can achieve your potential in education and work.');
INSERT INTO "principle"("id","created_at","updated_at","strategy_id","position","text") VALUES('dd25c9bbd94d4860a88d6f755475ee56','2026-11-23T22:05:04.058131Z','2026-11-23T22:05:04.058138Z','9058e7c2531a45a98f926259898ff7b9',0,'Act in the best interests and promote the physical and mental health and well-being, of our children and young people.');
INSERT INTO "priority"("id","created_at","updated_at","strategy_id","position","number","title","summary","statement","delivered_by") VALUES('cc0e4eba19474b5b964a011afd553805','2026-11-23T22:05:04.060032Z','2026-11-23T22:05:04.060039Z','9058e7c2531a45a98f926259898ff7b9',0,1,'Voice of our children and young people','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of our services.','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of shaping future services.','The Participation team, the Virtual School, the Children in Care team, the Care Leavers team, the Independent Reviewing Officer Service, the Youth Offending Service, the Family Support and Safeguarding team and the Fostering Service.');
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('6a64a0371c8645debc124dbd566a0511','2026-11-23T22:05:04.061076Z','2026-11-23T22:05:04.061082Z','cc0e4eba19474b5b964a011afd553805','5f02972e04a04439b414997ae55839f9',0);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('3eff19bdc3d547abbcf27616f918be54','2026-11-23T22:05:04.061305Z','2026-11-23T22:05:04.061308Z','cc0e4eba19474b5b964a011afd553805','4e1df42c47c74e7b9dd518c17982477e',1);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('350157b263cc44e1820a206170483e8b','2026-11-23T22:05:04.061492Z','2026-11-23T22:05:04.061495Z','cc0e4eba19474b5b964a011afd553805','05bf440f1f304daeae92883aa9489380',2);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('3e70413458dc4e4f856b46fc64bd4087','2026-11-23T22:05:04.061699Z','2026-11-23T22:05:04.061702Z','cc0e4eba19474b5b964a011afd553805','baaf0b6e4634454cb42bb99748a0677f',3);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('db2d6bdfa0b74a5399e98877b0fe32cb','2026-11-23T22:05:04.061886Z','2026-11-23T22:05:04.061890Z','cc0e4eba19474b5b964a011afd553805','f978b5526832468894d4742d38589d10',4);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('751147f29ec24fe3879af29039df1ec4','2026-11-23T22:05:04.062073Z','2026-11-23T22:05:04.062076Z','cc0e4eba19474b5b964a011afd553805','965cfaa45e3d402cbea85edbcb555934',5);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('112905a10e444eb5ad3858e04aa65f54','2026-11-23T22:05:04.062267Z','2026-11-23T22:05:04.062270Z','cc0e4eba19474b5b964a011afd553805','d3de6728554047c0ac2e7b668ea3ae38',6);
INSERT INTO "priority_delivery_team"("id","created_at","updated_at","priority_id","team_id","position") VALUES('f4b6d063d8ad4161b66453cbd22832ea','2026-11-23T22:05:04.062452Z','2026-11-23T22:05:04.062455Z','cc0e4eba19474b5b964a011afd553805','af530061e4f6402684e1cb225922e5c5',7);
INSERT INTO "promise"("id","created_at","updated_at","strategy_id","position","number","text") VALUES('338e8c9379de481c82b078d0c662a82c','2026-11-23T22:05:04.058566Z','2026-11-23T22:05:04.058574Z','9058e7c2531a45a98f926259898ff7b9',0,1,'We will work to keep you safe and help you to keep yourself safe');
INSERT INTO "promise"("id","created_at","updated_at","strategy_id","position","number","text") VALUES('f092949e44784ff6ad8684e8c289c436','2026-11-23T22:05:04.058714Z','2026-11-23T22:05:04.058720Z','9058e7c2531a45a98f926259898ff7b9',1,2,'We will do everything we can to make you feel cared about, valued, and respected as an individual');
INSERT INTO "related_plan"("id","created_at","updated_at","strategy_id","position","title","text") VALUES('e15c7320229b423a959b96f2b49cef8c','2026-11-23T22:05:04.058414Z','2026-11-23T22:05:04.058420Z','9058e7c2531a45a98f926259898ff7b9',0,'Our co-produced Promise','a commitment to children in care.');
INSERT INTO "setting"("id","created_at","updated_at","key","value") VALUES('280f4b4ba4a74f019f56b7453c135aa8','2026-11-23T22:05:04.346465Z','2026-11-23T22:05:04.346470Z','council_area','E10000003');
INSERT INTO "setting"("id","created_at","updated_at","key","value") VALUES('0e596add95ac4537a919b881d4b7d792','2026-11-23T22:05:04.349639Z','2026-11-23T22:05:04.349642Z','defaults_made_for','schema 11, strategy 9058e7c2-531a-45a9-8f92-6259898ff7b9');
INSERT INTO "setting"("id","created_at","updated_at","key","value") VALUES('200646cc8bc5401d8fbc197ad7493600','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','current_user','5d9110d0-aef8-4615-872b-a1748335bb62');
INSERT INTO "setting"("id","created_at","updated_at","key","value") VALUES('661bb619da0e4bbfa25a3338d086cb59','2026-12-02T16:29:52.895147Z','2026-12-02T16:29:52.895163Z','bin_retention_days','120');
INSERT INTO "statistics_import"("id","created_at","updated_at","file_name","authority","indicators_added","values_written","journal","undone_at") VALUES('3cc009d44bc34cfa838b174c8eee204e','2026-12-02T10:19:35.185830Z','2026-12-02T10:19:35.189631Z','starting.csv','Cambridgeshire (873)',4,40,'{"areas_created": ["203cbf82cbca47c28eb1e94c9b32e389", "61cfce4772c84939830f65ab56c08ad7", "a46550df8d4340eea731527328ccb847", "1069615eccf3462b93f67e7e17073111"], "areas_changed": [], "comparators": [], "indicators_created": ["af715c91062a47e8b49a023a7da5455b", "9c84ae1e2f834f0b84b49f04f3614ef5", "c54af7f943f541e3ae4a57ef5dc041fb", "1031e1f8b2cb44d8abf5ed80d0e3a17a"], "indicators_restored": [], "authority": "787d33f0709749f78fd9a32effa146a8"}',NULL);
INSERT INTO "strategy"("id","created_at","updated_at","title","council","period_start","period_end","version_label","council_vision","source","imported_from","imported_at","is_current") VALUES('9058e7c2531a45a98f926259898ff7b9','2026-11-23T22:05:04.057333Z','2026-11-23T22:05:04.057346Z','Corporate Parenting Strategy','Cambridgeshire County Council',2023,2028,'2023-2028','Creating a greener, fairer and more caring Cambridgeshire','A shortened test copy','strategy-2023-2028-short.json','2026-11-23T22:05:04.057312Z',1);
INSERT INTO "success_measure"("id","created_at","updated_at","priority_id","position","text") VALUES('d7830fc897c740848a796e865a175c0c','2026-11-23T22:05:04.060829Z','2026-11-23T22:05:04.060834Z','cc0e4eba19474b5b964a011afd553805',0,'Put into action the Care Leavers Pledge which has been co-produced with young people.');
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('2680e7cbb2b54766a99dd82a09b6b1fc','2026-11-23T22:05:04.068010Z','2026-11-23T22:05:04.068014Z','Participation team',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('d71b18b7bb714d1896cea80ad891970f','2026-11-23T22:05:04.068171Z','2026-11-23T22:05:04.068174Z','Virtual School',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('3f98d4e555ef4ea5b220814bee92a780','2026-11-23T22:05:04.068303Z','2026-11-23T22:05:04.068305Z','Children in Care team',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('49febd0df3a04aff99a2d22f3a48a638','2026-11-23T22:05:04.068425Z','2026-11-23T22:05:04.068427Z','Care Leavers team',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('9f29f29c39314cc8a363cd49ef3cd6cd','2026-11-23T22:05:04.068544Z','2026-11-23T22:05:04.068546Z','Independent Reviewing Officer Service',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('8be896ed2fd648af9342e113e6726296','2026-11-23T22:05:04.068749Z','2026-11-23T22:05:04.068751Z','Youth Offending Service',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('dfd68c1080334bb18a9f0d9c8ab4bf30','2026-11-23T22:05:04.068866Z','2026-11-23T22:05:04.068868Z','Family Support and Safeguarding team',0,NULL);
INSERT INTO "team"("id","created_at","updated_at","name","is_example","deleted_at") VALUES('3b4f0b5023bb4f0da9ec4c39ff9736f5','2026-11-23T22:05:04.068981Z','2026-11-23T22:05:04.068983Z','Fostering Service',0,NULL);
INSERT INTO "way_of_working"("id","created_at","updated_at","strategy_id","position","title","text") VALUES('eda336a661ca46d59e092498873507cc','2026-11-23T22:05:04.059234Z','2026-11-23T22:05:04.059239Z','9058e7c2531a45a98f926259898ff7b9',0,'Trauma informed and relationship based','We are committed to understanding the impact of trauma and building consistent and trusted relationships with children, young people, and families.');
INSERT INTO "work_programme_entry"("id","created_at","updated_at","report_title","due_month","notes") VALUES('e214f2c516374843bb359536a0044e06','2026-11-23T22:05:04.069787Z','2026-11-23T22:05:04.069791Z','Corporate Parenting Annual Report',6,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry"("id","created_at","updated_at","report_title","due_month","notes") VALUES('77b219a9b13a453188fcbe67030242c5','2026-11-23T22:05:04.069958Z','2026-11-23T22:05:04.069961Z','Participation Annual Report',7,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "you_said"("id","created_at","updated_at","priority_id","position","text") VALUES('3cdc2955004a484d92767e79fdb2f1de','2026-11-23T22:05:04.060199Z','2026-11-23T22:05:04.060205Z','cc0e4eba19474b5b964a011afd553805',0,'We want the feedback that we provide to make a difference');
INSERT INTO "you_said"("id","created_at","updated_at","priority_id","position","text") VALUES('b0aafe8e74de46419a7ea4e066459573','2026-11-23T22:05:04.060327Z','2026-11-23T22:05:04.060330Z','cc0e4eba19474b5b964a011afd553805',1,'We want to know how this will happen');
INSERT INTO "you_said"("id","created_at","updated_at","priority_id","position","text") VALUES('f492b547ac954b42a15a89c7ae487f26','2026-11-23T22:05:04.060422Z','2026-11-23T22:05:04.060425Z','cc0e4eba19474b5b964a011afd553805',2,'We want to know how our voice can be used to influence change');
INSERT INTO "desk_user"("id","created_at","updated_at","name","role") VALUES('e6bc9161490b4f0fbfaaf066c5797705','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','Cllr Example','member');
INSERT INTO "desk_user"("id","created_at","updated_at","name","role") VALUES('5d9110d0aef84615872ba1748335bb62','2026-12-02T16:29:52.878796Z','2026-12-02T16:29:52.878816Z','Sam Clerk','clerk');
INSERT INTO "annotation"("id","created_at","updated_at","user_id","target_kind","target_id","text","is_question","asked_on","action_id","page","quote","quote_hash","anchored_to","anchor","deleted_at") VALUES('c5845a4944904b5c95f8cee3a8400aed','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','e6bc9161490b4f0fbfaaf066c5797705','paper','c4ca7618d5d04903b18ea7fe3bbce92c','Ask about page one',1,NULL,NULL,1,'Report: page 1','','ae2e5ad04a3dcf0df9330b77136b9fe634a3af2b8358fbc7a3302f6ac3e0e169','placed',NULL);
INSERT INTO "annotation"("id","created_at","updated_at","user_id","target_kind","target_id","text","is_question","asked_on","action_id","page","quote","quote_hash","anchored_to","anchor","deleted_at") VALUES('941c2684a50645738679412e40f4b443','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','e6bc9161490b4f0fbfaaf066c5797705','meeting','373db16963f541bbb0d547db9ab7f583','Bring the papers',0,NULL,NULL,NULL,'','','','placed',NULL);
INSERT INTO "paper_page"("id","created_at","updated_at","paper_id","page","text") VALUES('7f8217894c1f4324a73dfb357570f837','2026-12-02T12:00:00.000000Z','2026-12-02T12:00:00.000000Z','c4ca7618d5d04903b18ea7fe3bbce92c',1,'Report: page 1 of 2');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(1,'narrative','dc9b40896fc9486d9c66771c38e722ac');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(2,'priority','cc0e4eba19474b5b964a011afd553805');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(3,'you_said','3cdc2955004a484d92767e79fdb2f1de');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(4,'you_said','b0aafe8e74de46419a7ea4e066459573');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(5,'you_said','f492b547ac954b42a15a89c7ae487f26');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(6,'commitment','584fed8fa8854abb8b7cd3eb6187c30b');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(7,'commitment','5e07538910f349c298468eb5659cbdb9');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(8,'success_measure','d7830fc897c740848a796e865a175c0c');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(9,'promise','338e8c9379de481c82b078d0c662a82c');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(10,'promise','f092949e44784ff6ad8684e8c289c436');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(11,'pledge_area','aa53395a66fe4234855d7f9e22486a29');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(12,'annual_report','00a4997280984eb18939a21d449b8b03');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(13,'annual_report','d6e0851210094761a607478e7e35975e');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(14,'agenda_item','0322a22f8ea8436d9ba9fb9d603a5a39');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(15,'agenda_item','8c70c59a744946d984a83e4e00afdaed');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(16,'agenda_item','1c1832df3cee451bac250406eff3f3f9');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(17,'agenda_item','77d1478a3ab0496e917a0caccfe62add');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(18,'agenda_item','4054cad2ccea4e129a39043123a67831');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(19,'agenda_item','a75772e010ae4bcb9b49c59cc9688c9e');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(20,'agenda_item','ab3c0b251c3745c89dc849fce3d508f1');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(21,'agenda_item','e498dec80ed94143857c16e273ce0bd6');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(22,'agenda_item','13a59fde42ef41018702ab971ba0884f');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(23,'agenda_item','37c684f9758d40f4b1ea53d8df9875f2');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(24,'agenda_item','18b6c17e8b094f398fa5bea7981dd7d5');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(25,'agenda_item','5bb32f52b9954754b55989bbe2b08e29');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(26,'agenda_item','ea7d6e8a44f9472184166aaee3b45767');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(27,'minute','148227e489dd4aad937549a7debb0575');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(28,'decision','2414e1f0e5174351b611b9df508d21c4');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(29,'action','934690a8d6584b3bac0d20445251798e');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(30,'action_update','05d6b6c397a74fa99ecdcb12ee561063');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(31,'challenge','b37797c24e65444eab3b598a2b24e4b6');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(32,'challenge_step','a8ccf0befb694e9187dbe1a2e5ed1193');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(33,'indicator','754be9600d664885b7183a6db7dda2e7');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(34,'indicator','4b59afc508964c9abd71a096a755c4bb');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(35,'indicator','7a80160785144036b98c4381164b62c3');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(36,'indicator','af715c91062a47e8b49a023a7da5455b');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(37,'indicator','9c84ae1e2f834f0b84b49f04f3614ef5');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(38,'indicator','c54af7f943f541e3ae4a57ef5dc041fb');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(40,'paper_page','7f8217894c1f4324a73dfb357570f837');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(41,'note','c5845a4944904b5c95f8cee3a8400aed');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(42,'note','941c2684a50645738679412e40f4b443');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(43,'indicator','1031e1f8b2cb44d8abf5ed80d0e3a17a');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(45,'linked_document','9f605bb67c1d544d8724e54f8e78225d');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(46,'minute','458121d38139490bb8c0161fa54c162b');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(48,'linked_document','779b8cd8ed1c56a8be41452d31d8bcbd');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(49,'minute','9f08f5c083f443b1afedeb6f586cdb99');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(50,'agenda_item','024760a3996554fa8e495c036759a4d5');
INSERT INTO "search_entry"("rowid","kind","record_id") VALUES(51,'agenda_item','09212a144ea05c6093875ca0148feb76');
INSERT INTO "search_text"("rowid","title","body") VALUES(1,'Introduction – Our strategy','A warm welcome to the Cambridgeshire Corporate Parenting Strategy 2025-2030

Corporate parenting is about everyone – elected members, council colleagues, and partner agencies – working together to provide the best support and protection for children in care. In Cambridgeshire County Council, the Corporate Parenting Sub-Committee brings everyone with Corporate Parenting responsibilities together, creating a welcoming space for our children, foster carers, and care leavers. Here, they can openly discuss and influence the entire range of services available to children and young people.

This strategy outlines our priorities for supporting our children in care and care leavers and establishes a framework that holds the council and their partners accountable for their promises and pledges. The Corporate Parenting Sub-Committee will diligently monitor our delivery against our strategy. Members will actively listen to young people and aim to ensure their happiness, health, access to quality education, and opportunities for training and employment. Additionally, it aims to ensure they have a home to go to when the time comes to live independently.

Our relational approach involves direct and routine engagement with children, their carers, and social workers, encouraging them to share experiences. This enables us to better understand the challenges they face and adapt services to meet their needs. Young people regularly provide feedback through statutory reviews, the Young Inspectors report, and the Children in Care Council/Voice.

Children’s experiences always form the core of our approach in Cambridgeshire County Council, with the strategy''s foundations set in consultation with our children and young people. Our priorities directly respond to The Cambridgeshire Promise, a list of commitments co-developed and endorsed by young people and endorsed by the Corporate Parenting Sub-Committee. We have further improved this by introducing our Pledges to care leavers.

In Cambridgeshire we care for our diverse group of children as corporate parents. We are committed to supporting each one of them in reaching their full potential, in line with their individual aspirations and goals. Every effort is made to ensure they have opportunities and encouragement they need to succeed. We are proud to have such a diverse group of children in our care and actively encourage everyone to feel confident and proud of who they are. Regardless of circumstances or characteristics, all our children and young people will receive the support they need to make every success of their lives.

At Cambridgeshire County Council, we understand that each child and young person has a unique history and vision for the future. This strategy seeks to ensure that their vision becomes a reality. Every child must be supported to reach their full potential, with no one left behind.');
INSERT INTO "search_text"("rowid","title","body") VALUES(2,'Priority 1: Voice of our children and young people','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of our services. Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of shaping future services. The Participation team, the Virtual School, the Children in Care team, the Care Leavers team, the Independent Reviewing Officer Service, the Youth Offending Service, the Family Support and Safeguarding team and the Fostering Service.');
INSERT INTO "search_text"("rowid","title","body") VALUES(3,'','We want the feedback that we provide to make a difference');
INSERT INTO "search_text"("rowid","title","body") VALUES(4,'','We want to know how this will happen');
INSERT INTO "search_text"("rowid","title","body") VALUES(5,'','We want to know how our voice can be used to influence change');
INSERT INTO "search_text"("rowid","title","body") VALUES(6,'','Increase the number of children who participate and attend the Children in Care Council Meeting.');
INSERT INTO "search_text"("rowid","title","body") VALUES(7,'','Ensure children feel involved in decision making about their lives through the child''s journey.');
INSERT INTO "search_text"("rowid","title","body") VALUES(8,'','Put into action the Care Leavers Pledge which has been co-produced with young people.');
INSERT INTO "search_text"("rowid","title","body") VALUES(9,'Promise 1','We will work to keep you safe and help you to keep yourself safe');
INSERT INTO "search_text"("rowid","title","body") VALUES(10,'Promise 2','We will do everything we can to make you feel cared about, valued, and respected as an individual');
INSERT INTO "search_text"("rowid","title","body") VALUES(11,'Education and employment','We will work with local colleges, youth organisations, charities, universities and employers to make sure you have access to courses and opportunities so that you can achieve your potential in education and work.');
INSERT INTO "search_text"("rowid","title","body") VALUES(12,'Corporate Parenting Annual Report','Annually, the Corporate Parenting Board will generate a report offering a comprehensive overview of the accomplishments, advancements, and challenges encountered in addressing the needs of Cambridgeshire''s looked after children and care leavers, whether placed within or outside the borough. This report will also outline the priorities for the upcoming year.');
INSERT INTO "search_text"("rowid","title","body") VALUES(13,'Participation Annual Report','Annually, the Participation team will complete a report outlining the work that has been undertaken to hear the voice of our children and young people - to influence the service changes required to deliver a better care and support.');
INSERT INTO "search_text"("rowid","title","body") VALUES(14,'Apologies for absence and declarations of interest',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(15,'Minutes of the last meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(16,'Action log',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(17,'Feedback from the Young People''s Corporate Parenting Meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(18,'Corporate Parenting Annual Report',' Corporate Parenting Annual Report');
INSERT INTO "search_text"("rowid","title","body") VALUES(19,'Work programme',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(20,'Date of the next meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(21,'Apologies for absence and declarations of interest',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(22,'Minutes of the last meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(23,'Action log',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(24,'Feedback from the Young People''s Corporate Parenting Meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(25,'Work programme',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(26,'Date of the next meeting',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(27,'','Members welcomed the report.');
INSERT INTO "search_text"("rowid","title","body") VALUES(28,'','To note the report.');
INSERT INTO "search_text"("rowid","title","body") VALUES(29,'A25-001','Circulate the participation figures ');
INSERT INTO "search_text"("rowid","title","body") VALUES(30,'','Figures requested.');
INSERT INTO "search_text"("rowid","title","body") VALUES(31,'YP25-001 Money','We want a say in our pocket money.  The rates are set nationally this year. Letter');
INSERT INTO "search_text"("rowid","title","body") VALUES(32,'','We asked the council.');
INSERT INTO "search_text"("rowid","title","body") VALUES(33,'Context in Cambridgeshire: Children in Care','From the strategy''s context figures (Context in Cambridgeshire). Corporate Parenting Strategy 2023-2028');
INSERT INTO "search_text"("rowid","title","body") VALUES(34,'Context in Cambridgeshire: Were male','From the strategy''s context figures (Context in Cambridgeshire). Corporate Parenting Strategy 2023-2028');
INSERT INTO "search_text"("rowid","title","body") VALUES(35,'Long-term placement stability (released test)',' ');
INSERT INTO "search_text"("rowid","title","body") VALUES(36,'Under 10: Number starting','age group: Under 10 Department for Education, Explore Education Statistics (starting.csv)');
INSERT INTO "search_text"("rowid","title","body") VALUES(37,'Under 10: Number ceasing','age group: Under 10 Department for Education, Explore Education Statistics (starting.csv)');
INSERT INTO "search_text"("rowid","title","body") VALUES(38,'10 and over: Number starting','age group: 10 and over Department for Education, Explore Education Statistics (starting.csv)');
INSERT INTO "search_text"("rowid","title","body") VALUES(40,'annual','Report: page 1 of 2');
INSERT INTO "search_text"("rowid","title","body") VALUES(41,'','Ask about page one Report: page 1');
INSERT INTO "search_text"("rowid","title","body") VALUES(42,'','Bring the papers ');
INSERT INTO "search_text"("rowid","title","body") VALUES(43,'10 and over: Number ceasing','age group: 10 and over Department for Education, Explore Education Statistics (starting.csv)');
INSERT INTO "search_text"("rowid","title","body") VALUES(45,'6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025','');
INSERT INTO "search_text"("rowid","title","body") VALUES(46,'','To approve the minutes of the meeting held on 25 November 2025 as a correct record.');
INSERT INTO "search_text"("rowid","title","body") VALUES(48,'DRAFT WP FEBRUARY 2026','');
INSERT INTO "search_text"("rowid","title","body") VALUES(49,'','The Committee considered a report of the Governance and Scrutiny Support Unit which set out its future Work Programme for the remainder of 2025/26 municipal year.');
INSERT INTO "search_text"("rowid","title","body") VALUES(50,'Minutes','To approve as a correct record the minutes of the meeting held on 25 November 2025. ');
INSERT INTO "search_text"("rowid","title","body") VALUES(51,'Work Programme','The report of the Governance and Scrutiny Support Unit, attached. ');
INSERT INTO "pack_issue"("id","created_at","updated_at","meeting_id","edition","version","supplement","published_on","page_count","snapshot","pdf","html") VALUES('821b9fc5b7784cfba6f4d60183344089','2026-12-02T15:47:18.315192Z','2026-12-02T15:47:18.315223Z','373db16963f541bbb0d547db9ab7f583','committee',1,0,'2025-07-20',1,'{"cover": {"body": "Corporate Parenting Sub-Committee", "council": "Cambridgeshire County Council", "day": "2025-08-05", "edition": "committee", "made_for": "", "membership": ["Cllr A Example (Chair)"], "time": "14:00", "venue": "New Shire Hall"}, "edition": "committee", "made_on": "2025-07-20", "meeting_id": "373db169-63f5-41bb-b0d5-47db9ab7f583", "sections": [{"blocks": [], "children": [{"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:e498dec8-0ed9-4143-857c-16e273ce0bd6", "title": "Item 1. Apologies for absence and declarations of interest"}, {"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:13a59fde-42ef-4101-8702-ab971ba0884f", "title": "Item 2. Minutes of the last meeting"}, {"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:37c684f9-758d-40f4-b1ea-53d8df9875f2", "title": "Item 3. Action log"}, {"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:18b6c17e-8b09-4f39-8fa5-bea7981dd7d5", "title": "Item 4. Feedback from the Young People''s Corporate Parenting Meeting"}, {"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:5bb32f52-b995-4754-b559-89bbe2b08e29", "title": "Item 5. Work programme"}, {"blocks": [{"kind": "fields", "rows": [["Type", "Standing item"]]}], "children": [], "key": "item:ea7d6e8a-44f9-4721-8416-6aaee3b45767", "title": "Item 6. Date of the next meeting"}], "key": "agenda", "title": "Agenda"}, {"blocks": [{"kind": "para", "quiet": false, "text": "A25-001: in progress."}], "children": [], "key": "actions", "title": "Action log"}], "supplement": 0, "version": 1}',X'255044462d312e330a25938c8b9e205265706f72744c61622047656e6572617465642050444620646f63756d656e7420286f70656e736f75726365290a312030206f626a0a3c3c0a2f46312032203020520a3e3e0a656e646f626a0a322030206f626a0a3c3c0a2f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67202f4e616d65202f4631202f53756274797065202f5479706531202f54797065202f466f6e740a3e3e0a656e646f626a0a332030206f626a0a3c3c0a2f436f6e74656e7473203720302052202f4d65646961426f78205b20302030203539352e32373536203834312e38383938205d202f506172656e74203620302052202f5265736f7572636573203c3c0a2f466f6e74203120302052202f50726f63536574205b202f504446202f54657874202f496d61676542202f496d61676543202f496d61676549205d0a3e3e202f526f746174652030202f5472616e73203c3c0a0a3e3e200a20202f54797065202f506167650a3e3e0a656e646f626a0a342030206f626a0a3c3c0a2f506167654d6f6465202f5573654e6f6e65202f5061676573203620302052202f54797065202f436174616c6f670a3e3e0a656e646f626a0a352030206f626a0a3c3c0a2f417574686f722028616e6f6e796d6f757329202f4372656174696f6e446174652028443a32303236313230323135343731382b30302730302729202f43726561746f722028616e6f6e796d6f757329202f4b6579776f726473202829202f4d6f64446174652028443a32303236313230323135343731382b30302730302729202f50726f647563657220285265706f72744c616220504446204c696272617279202d205c286f70656e736f757263655c2929200a20202f5375626a6563742028756e73706563696669656429202f5469746c652028756e7469746c656429202f54726170706564202f46616c73650a3e3e0a656e646f626a0a362030206f626a0a3c3c0a2f436f756e742031202f4b696473205b203320302052205d202f54797065202f50616765730a3e3e0a656e646f626a0a372030206f626a0a3c3c0a2f46696c746572205b202f415343494938354465636f6465202f466c6174654465636f6465205d202f4c656e677468203136350a3e3e0a73747265616d0a47617257305d2a5c546f274c5f69734d434450516a47263f3b5c6e475875475e6a2c4f5c373f623e60312d644e4f56415164305a3e612f26435f5d72702c72485e607051353b253d576f51657075282b455d3c493a59226c6b702263635e575c5c2972236038605465542d55334566365a334433513c3324723e48494b336e43632a2e72435832242c242a5a5b262b2d4b236c622f43457224732b492f6f2a692f463c7e3e656e6473747265616d0a656e646f626a0a787265660a3020380a303030303030303030302036353533352066200a30303030303030303631203030303030206e200a30303030303030303932203030303030206e200a30303030303030313939203030303030206e200a30303030303030343032203030303030206e200a30303030303030343730203030303030206e200a30303030303030373331203030303030206e200a30303030303030373930203030303030206e200a747261696c65720a3c3c0a2f4944200a5b3c66653532666531663464313236393534303738313863326331663931643534393e3c66653532666531663464313236393534303738313863326331663931643534393e5d0a25205265706f72744c61622067656e6572617465642050444620646f63756d656e74202d2d2064696765737420286f70656e736f75726365290a0a2f496e666f2035203020520a2f526f6f742034203020520a2f53697a6520380a3e3e0a7374617274787265660a313034350a2525454f460a','<!DOCTYPE html>
<html lang="en-GB"><title>Agenda</title></html>
');
INSERT INTO "pack_issue"("id","created_at","updated_at","meeting_id","edition","version","supplement","published_on","page_count","snapshot","pdf","html") VALUES('1a17a35b8d1b458fbfb0cfaa6e41f6b9','2026-12-02T15:47:18.337204Z','2026-12-02T15:47:18.337230Z','373db16963f541bbb0d547db9ab7f583','committee',1,1,'2025-07-28',1,'{"cover": {"body": "Corporate Parenting Sub-Committee", "council": "Cambridgeshire County Council", "day": "2025-08-05", "edition": "committee", "made_for": "", "membership": ["Cllr A Example (Chair)"], "time": "14:00", "venue": "Council Chamber, New Shire Hall"}, "edition": "committee", "made_on": "2025-07-20", "meeting_id": "373db169-63f5-41bb-b0d5-47db9ab7f583", "sections": [{"blocks": [{"kind": "para", "quiet": false, "text": "This is Supplement 1 (S1) to the committee edition. Its pages are numbered S1-1, S1-2 and so on, so the pages already published do not change."}, {"items": ["The venue changed from “New Shire Hall” to “Council Chamber, New Shire Hall”"], "kind": "bullets"}, {"caption": "Published before", "headers": ["Published", "On", "Pages"], "kind": "table", "rows": [["Version 1", "20 July 2025", "1"]]}], "children": [], "key": "changes", "title": "What has changed since the pack was published"}], "supplement": 1, "version": 1}',X'255044462d312e330a25938c8b9e205265706f72744c61622047656e6572617465642050444620646f63756d656e7420286f70656e736f75726365290a312030206f626a0a3c3c0a2f46312032203020520a3e3e0a656e646f626a0a322030206f626a0a3c3c0a2f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67202f4e616d65202f4631202f53756274797065202f5479706531202f54797065202f466f6e740a3e3e0a656e646f626a0a332030206f626a0a3c3c0a2f436f6e74656e7473203720302052202f4d65646961426f78205b20302030203539352e32373536203834312e38383938205d202f506172656e74203620302052202f5265736f7572636573203c3c0a2f466f6e74203120302052202f50726f63536574205b202f504446202f54657874202f496d61676542202f496d61676543202f496d61676549205d0a3e3e202f526f746174652030202f5472616e73203c3c0a0a3e3e200a20202f54797065202f506167650a3e3e0a656e646f626a0a342030206f626a0a3c3c0a2f506167654d6f6465202f5573654e6f6e65202f5061676573203620302052202f54797065202f436174616c6f670a3e3e0a656e646f626a0a352030206f626a0a3c3c0a2f417574686f722028616e6f6e796d6f757329202f4372656174696f6e446174652028443a32303236313230323135343731382b30302730302729202f43726561746f722028616e6f6e796d6f757329202f4b6579776f726473202829202f4d6f64446174652028443a32303236313230323135343731382b30302730302729202f50726f647563657220285265706f72744c616220504446204c696272617279202d205c286f70656e736f757263655c2929200a20202f5375626a6563742028756e73706563696669656429202f5469746c652028756e7469746c656429202f54726170706564202f46616c73650a3e3e0a656e646f626a0a362030206f626a0a3c3c0a2f436f756e742031202f4b696473205b203320302052205d202f54797065202f50616765730a3e3e0a656e646f626a0a372030206f626a0a3c3c0a2f46696c746572205b202f415343494938354465636f6465202f466c6174654465636f6465205d202f4c656e677468203135350a3e3e0a73747265616d0a4761725730596d75404e2634436c5a405333496e5143504d42366e31376c23374e2f28606b412d4c722d6751425f53537525604652674d31606b40743a754b4a554736445a73272e4240505c4173525a6873234b492f526950334d536a6a4a51464566276f4127616928283c5668523e46324b413f225737705d5b69233d3e22246b595975586358305f434235407361393a69325c612e45297e3e656e6473747265616d0a656e646f626a0a787265660a3020380a303030303030303030302036353533352066200a30303030303030303631203030303030206e200a30303030303030303932203030303030206e200a30303030303030313939203030303030206e200a30303030303030343032203030303030206e200a30303030303030343730203030303030206e200a30303030303030373331203030303030206e200a30303030303030373930203030303030206e200a747261696c65720a3c3c0a2f4944200a5b3c33383765643463373364653663393230613932643936326464346631666334303e3c33383765643463373364653663393230613932643936326464346631666334303e5d0a25205265706f72744c61622067656e6572617465642050444620646f63756d656e74202d2d2064696765737420286f70656e736f75726365290a0a2f496e666f2035203020520a2f526f6f742034203020520a2f53697a6520380a3e3e0a7374617274787265660a313033350a2525454f460a','<!DOCTYPE html>
<html lang="en-GB"><title>Supplement 1</title></html>
');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('881e30d2183e41f1865590a782f062a1','2026-12-02T16:29:52.895914Z','2026-12-02T16:29:52.895929Z','Sam Clerk','bin',NULL,'The bin keeps things for 120 days (it kept them for 90)');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('892d1a62c07844dc9a25950cc5ef41b2','2026-12-02T16:29:52.906508Z','2026-12-02T16:29:52.906521Z','Sam Clerk','indicator','1031e1f8b2cb44d8abf5ed80d0e3a17a','Moved to the bin');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('7cfe56b3947540d381dac5681b017f04','2026-12-02T16:29:52.909943Z','2026-12-02T16:29:52.909982Z','Sam Clerk','indicator','1031e1f8b2cb44d8abf5ed80d0e3a17a','Restored from the bin');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('cba560f86cbd40db91c486b28a15f458','2026-12-03T08:11:43.506768Z','2026-12-03T08:11:43.506780Z','Sam Clerk','meeting','e9beeb4d75f9535984cf8a1c95d345b5','Added from the committee system (its meeting 4967)');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('7a19f129cd854b9cb23945f0f5f6ac4f','2026-12-03T08:11:43.518487Z','2026-12-03T08:11:43.518497Z','Sam Clerk','person','c8bb84227ff45f90bd6b097140db5565','Added from the committee system');
INSERT INTO "audit"("id","created_at","updated_at","who","kind","record_id","what") VALUES('d40e493761f34c0ab53052bd22c9e7b9','2026-12-03T08:11:43.519479Z','2026-12-03T08:11:43.519486Z','Sam Clerk','meeting',NULL,'Imported meeting_with_minutes.xml from the committee system (backed up first to v11.db.20261203T081143Z.before-import.bak): 1 meeting added (10 February 2026); 2 agenda items added; 2 linked documents added; minutes of 2 items; 1 person added; 1 person expected (attendance not yet recorded) (meetings of the Corporate Parenting Sub-Committee in cpdesk).');
INSERT INTO "linked_document"("id","created_at","updated_at","agenda_item_id","position","title","url","restricted","deleted_at") VALUES('9f605bb67c1d544d8724e54f8e78225d','2026-12-03T08:11:43.511913Z','2026-12-03T08:11:43.511923Z','024760a3996554fa8e495c036759a4d5',0,'6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025','https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860',0,NULL);
INSERT INTO "linked_document"("id","created_at","updated_at","agenda_item_id","position","title","url","restricted","deleted_at") VALUES('779b8cd8ed1c56a8be41452d31d8bcbd','2026-12-03T08:11:43.514192Z','2026-12-03T08:11:43.514202Z','09212a144ea05c6093875ca0148feb76',0,'DRAFT WP FEBRUARY 2026','https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909',0,NULL);
CREATE INDEX "narrative_strategy_id" ON "narrative" ("strategy_id");
CREATE UNIQUE INDEX "narrative_strategy_id_key" ON "narrative" ("strategy_id", "key");
CREATE INDEX "ambition_strategy_id" ON "ambition" ("strategy_id");
CREATE INDEX "condition_for_success_strategy_id" ON "condition_for_success" ("strategy_id");
CREATE INDEX "priority_strategy_id" ON "priority" ("strategy_id");
CREATE UNIQUE INDEX "priority_strategy_id_number" ON "priority" ("strategy_id", "number");
CREATE INDEX "you_said_priority_id" ON "you_said" ("priority_id");
CREATE INDEX "commitment_priority_id" ON "commitment" ("priority_id");
CREATE INDEX "success_measure_priority_id" ON "success_measure" ("priority_id");
CREATE INDEX "delivery_team_strategy_id" ON "delivery_team" ("strategy_id");
CREATE UNIQUE INDEX "delivery_team_strategy_id_name" ON "delivery_team" ("strategy_id", "name");
CREATE INDEX "priority_delivery_team_priority_id" ON "priority_delivery_team" ("priority_id");
CREATE INDEX "priority_delivery_team_team_id" ON "priority_delivery_team" ("team_id");
CREATE UNIQUE INDEX "priority_delivery_team_priority_id_team_id" ON "priority_delivery_team" ("priority_id", "team_id");
CREATE INDEX "principle_strategy_id" ON "principle" ("strategy_id");
CREATE INDEX "approach_item_strategy_id" ON "approach_item" ("strategy_id");
CREATE INDEX "related_plan_strategy_id" ON "related_plan" ("strategy_id");
CREATE INDEX "promise_strategy_id" ON "promise" ("strategy_id");
CREATE UNIQUE INDEX "promise_strategy_id_number" ON "promise" ("strategy_id", "number");
CREATE INDEX "pledge_strategy_id" ON "pledge" ("strategy_id");
CREATE INDEX "pledge_area_strategy_id" ON "pledge_area" ("strategy_id");
CREATE INDEX "governance_body_strategy_id" ON "governance_body" ("strategy_id");
CREATE INDEX "way_of_working_strategy_id" ON "way_of_working" ("strategy_id");
CREATE INDEX "good_parenting_trait_strategy_id" ON "good_parenting_trait" ("strategy_id");
CREATE INDEX "annual_report_strategy_id" ON "annual_report" ("strategy_id");
CREATE INDEX "context_figure_strategy_id" ON "context_figure" ("strategy_id");
CREATE UNIQUE INDEX "strategy_one_current" ON "strategy" ("is_current") WHERE "is_current" = 1;
CREATE UNIQUE INDEX "team_name" ON "team" ("name");
CREATE INDEX "person_team_id" ON "person" ("team_id");
CREATE UNIQUE INDEX "body_name" ON "body" ("name");
CREATE INDEX "body_parent_id" ON "body" ("parent_id");
CREATE INDEX "meeting_body_id" ON "meeting" ("body_id");
CREATE INDEX "meeting_minutes_approved_at_id" ON "meeting" ("minutes_approved_at_id");
CREATE INDEX "meeting_date" ON "meeting" ("date");
CREATE INDEX "attendance_meeting_id" ON "attendance" ("meeting_id");
CREATE INDEX "attendance_person_id" ON "attendance" ("person_id");
CREATE INDEX "attendance_substitute_for_id" ON "attendance" ("substitute_for_id");
CREATE UNIQUE INDEX "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", "person_id");
CREATE INDEX "agenda_item_meeting_id" ON "agenda_item" ("meeting_id");
CREATE INDEX "agenda_item_presenter_id" ON "agenda_item" ("presenter_id");
CREATE UNIQUE INDEX "officer_report_agenda_item_id" ON "officer_report" ("agenda_item_id");
CREATE INDEX "paper_agenda_item_id" ON "paper" ("agenda_item_id");
CREATE UNIQUE INDEX "paper_content_paper_id" ON "paper_content" ("paper_id");
CREATE INDEX "declaration_agenda_item_id" ON "declaration" ("agenda_item_id");
CREATE INDEX "declaration_person_id" ON "declaration" ("person_id");
CREATE UNIQUE INDEX "minute_agenda_item_id" ON "minute" ("agenda_item_id");
CREATE INDEX "decision_agenda_item_id" ON "decision" ("agenda_item_id");
CREATE INDEX "amendment_meeting_id" ON "amendment" ("meeting_id");
CREATE INDEX "amendment_agenda_item_id" ON "amendment" ("agenda_item_id");
CREATE UNIQUE INDEX "action_reference" ON "action" ("reference");
CREATE INDEX "action_meeting_id" ON "action" ("meeting_id");
CREATE INDEX "action_agenda_item_id" ON "action" ("agenda_item_id");
CREATE INDEX "action_raised_by_id" ON "action" ("raised_by_id");
CREATE INDEX "action_owner_id" ON "action" ("owner_id");
CREATE INDEX "action_owner_team_id" ON "action" ("owner_team_id");
CREATE INDEX "action_status" ON "action" ("status");
CREATE INDEX "action_due_date" ON "action" ("due_date");
CREATE INDEX "action_update_action_id" ON "action_update" ("action_id");
CREATE UNIQUE INDEX "work_programme_entry_report_title" ON "work_programme_entry" ("report_title");
CREATE UNIQUE INDEX "area_code" ON "area" ("code");
CREATE INDEX "comparator_area_id" ON "comparator" ("area_id");
CREATE INDEX "comparator_comparator_id" ON "comparator" ("comparator_id");
CREATE UNIQUE INDEX "comparator_area_id_comparator_id" ON "comparator" ("area_id", "comparator_id");
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
CREATE UNIQUE INDEX "indicator_source_key" ON "indicator" ("source_key");
CREATE INDEX "indicator_link_indicator_id" ON "indicator_link" ("indicator_id");
CREATE INDEX "indicator_link_priority_id" ON "indicator_link" ("priority_id");
CREATE INDEX "indicator_link_success_measure_id" ON "indicator_link" ("success_measure_id");
CREATE INDEX "indicator_value_indicator_id" ON "indicator_value" ("indicator_id");
CREATE INDEX "indicator_value_area_id" ON "indicator_value" ("area_id");
CREATE UNIQUE INDEX "indicator_value_indicator_id_area_id_period" ON "indicator_value" ("indicator_id", "area_id", "period");
CREATE UNIQUE INDEX "indicator_exception_value_id" ON "indicator_exception" ("value_id");
CREATE INDEX "exception_action_exception_id" ON "exception_action" ("exception_id");
CREATE INDEX "exception_action_action_id" ON "exception_action" ("action_id");
CREATE UNIQUE INDEX "exception_action_exception_id_action_id" ON "exception_action" ("exception_id", "action_id");
CREATE INDEX "replaced_value_statistics_import_id" ON "replaced_value" ("statistics_import_id");
CREATE INDEX "indicator_value_statistics_import_id" ON "indicator_value" ("statistics_import_id");
CREATE UNIQUE INDEX "minute_draft_agenda_item_id" ON "minute_draft" ("agenda_item_id");
CREATE INDEX "action_link_priority_id" ON "action_link" ("priority_id");
CREATE INDEX "action_link_commitment_id" ON "action_link" ("commitment_id");
CREATE INDEX "action_link_promise_id" ON "action_link" ("promise_id");
CREATE INDEX "action_link_pledge_area_id" ON "action_link" ("pledge_area_id");
CREATE INDEX "action_link_action_id" ON "action_link" ("action_id");
CREATE INDEX "agenda_item_link_priority_id" ON "agenda_item_link" ("priority_id");
CREATE INDEX "agenda_item_link_commitment_id" ON "agenda_item_link" ("commitment_id");
CREATE INDEX "agenda_item_link_promise_id" ON "agenda_item_link" ("promise_id");
CREATE INDEX "agenda_item_link_pledge_area_id" ON "agenda_item_link" ("pledge_area_id");
CREATE INDEX "agenda_item_link_agenda_item_id" ON "agenda_item_link" ("agenda_item_id");
CREATE UNIQUE INDEX "challenge_reference" ON "challenge" ("reference");
CREATE INDEX "challenge_raised_at_id" ON "challenge" ("raised_at_id");
CREATE INDEX "challenge_agenda_item_id" ON "challenge" ("agenda_item_id");
CREATE INDEX "challenge_officer_id" ON "challenge" ("officer_id");
CREATE INDEX "challenge_status" ON "challenge" ("status");
CREATE INDEX "challenge_step_challenge_id" ON "challenge_step" ("challenge_id");
CREATE INDEX "challenge_link_priority_id" ON "challenge_link" ("priority_id");
CREATE INDEX "challenge_link_commitment_id" ON "challenge_link" ("commitment_id");
CREATE INDEX "challenge_link_promise_id" ON "challenge_link" ("promise_id");
CREATE INDEX "challenge_link_pledge_area_id" ON "challenge_link" ("pledge_area_id");
CREATE INDEX "challenge_link_challenge_id" ON "challenge_link" ("challenge_id");
CREATE INDEX "challenge_action_challenge_id" ON "challenge_action" ("challenge_id");
CREATE INDEX "challenge_action_action_id" ON "challenge_action" ("action_id");
CREATE UNIQUE INDEX "challenge_action_challenge_id_action_id" ON "challenge_action" ("challenge_id", "action_id");
CREATE INDEX "annotation_user_id" ON "annotation" ("user_id");
CREATE INDEX "annotation_target_kind_target_id" ON "annotation" ("target_kind", "target_id");
CREATE INDEX "annotation_action_id" ON "annotation" ("action_id");
CREATE UNIQUE INDEX "paper_page_paper_id_page" ON "paper_page" ("paper_id", "page");
CREATE UNIQUE INDEX "search_entry_kind_record_id" ON "search_entry" ("kind", "record_id");
CREATE UNIQUE INDEX "pack_issue_meeting_id_edition_version_supplement" ON "pack_issue" ("meeting_id", "edition", "version", "supplement");
CREATE INDEX "audit_kind_record_id" ON "audit" ("kind", "record_id");
CREATE INDEX "audit_created_at" ON "audit" ("created_at");
CREATE TRIGGER "meeting_locked_update" BEFORE UPDATE ON "meeting"
WHEN OLD.status = 'minutes_approved' AND (NEW.body_id IS NOT OLD.body_id OR NEW.date IS NOT OLD.date OR NEW.time IS NOT OLD.time OR NEW.venue IS NOT OLD.venue OR NEW.status IS NOT OLD.status OR NEW.minutes_approved_at_id IS NOT OLD.minutes_approved_at_id OR NEW.notes IS NOT OLD.notes OR NEW.is_example IS NOT OLD.is_example OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "meeting_locked_delete" BEFORE DELETE ON "meeting"
WHEN OLD.status = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "meeting_approver_update" BEFORE UPDATE ON "meeting"
WHEN (NEW.date IS NOT OLD.date OR NEW.body_id IS NOT OLD.body_id OR (NEW.status IS NOT OLD.status AND NEW.status <> 'minutes_approved') OR NEW.deleted_at IS NOT NULL)
    AND EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;
CREATE TRIGGER "meeting_approver_delete" BEFORE DELETE ON "meeting"
WHEN EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;
CREATE TRIGGER "agenda_item_locked_insert" BEFORE INSERT ON "agenda_item"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "agenda_item_locked_update" BEFORE UPDATE ON "agenda_item"
WHEN (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.item_type IS NOT OLD.item_type OR NEW.standing_kind IS NOT OLD.standing_kind OR NEW.presenter_id IS NOT OLD.presenter_id OR NEW.annual_report IS NOT OLD.annual_report OR NEW.description IS NOT OLD.description OR NEW.imported_from IS NOT OLD.imported_from OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "agenda_item_locked_delete" BEFORE DELETE ON "agenda_item"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "officer_report_locked_insert" BEFORE INSERT ON "officer_report"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "officer_report_locked_update" BEFORE UPDATE ON "officer_report"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.title IS NOT OLD.title OR NEW.report_from IS NOT OLD.report_from OR NEW.key_decision IS NOT OLD.key_decision OR NEW.forward_plan_ref IS NOT OLD.forward_plan_ref OR NEW.executive_summary IS NOT OLD.executive_summary OR NEW.recommendations IS NOT OLD.recommendations OR NEW.voting_arrangements IS NOT OLD.voting_arrangements OR NEW.contact_name IS NOT OLD.contact_name OR NEW.contact_post IS NOT OLD.contact_post OR NEW.contact_email IS NOT OLD.contact_email OR NEW.finance IS NOT OLD.finance OR NEW.legal IS NOT OLD.legal OR NEW.risk IS NOT OLD.risk OR NEW.equality IS NOT OLD.equality OR NEW.climate IS NOT OLD.climate OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "officer_report_locked_delete" BEFORE DELETE ON "officer_report"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_locked_insert" BEFORE INSERT ON "paper"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_locked_update" BEFORE UPDATE ON "paper"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.file_name IS NOT OLD.file_name OR NEW.page_count IS NOT OLD.page_count OR NEW.size_bytes IS NOT OLD.size_bytes OR NEW.sha256 IS NOT OLD.sha256 OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_locked_delete" BEFORE DELETE ON "paper"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "declaration_locked_insert" BEFORE INSERT ON "declaration"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "declaration_locked_update" BEFORE UPDATE ON "declaration"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.person_id IS NOT OLD.person_id OR NEW.kind IS NOT OLD.kind OR NEW.interest IS NOT OLD.interest OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "declaration_locked_delete" BEFORE DELETE ON "declaration"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "minute_locked_insert" BEFORE INSERT ON "minute"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "minute_locked_update" BEFORE UPDATE ON "minute"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.discussion IS NOT OLD.discussion)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "minute_locked_delete" BEFORE DELETE ON "minute"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "decision_locked_insert" BEFORE INSERT ON "decision"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "decision_locked_update" BEFORE UPDATE ON "decision"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.text IS NOT OLD.text OR NEW.votes_for IS NOT OLD.votes_for OR NEW.votes_against IS NOT OLD.votes_against OR NEW.abstentions IS NOT OLD.abstentions OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "decision_locked_delete" BEFORE DELETE ON "decision"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "attendance_locked_insert" BEFORE INSERT ON "attendance"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "attendance_locked_update" BEFORE UPDATE ON "attendance"
WHEN (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id OR NEW.status IS NOT OLD.status OR NEW.substitute_for_id IS NOT OLD.substitute_for_id)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "attendance_locked_delete" BEFORE DELETE ON "attendance"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "action_locked_insert" BEFORE INSERT ON "action"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "action_locked_update" BEFORE UPDATE ON "action"
WHEN (NEW.kind IS NOT OLD.kind OR NEW.reference IS NOT OLD.reference OR NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.description IS NOT OLD.description OR NEW.raised_by_id IS NOT OLD.raised_by_id OR NEW.is_example IS NOT OLD.is_example OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "action_locked_delete" BEFORE DELETE ON "action"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_content_locked_insert" BEFORE INSERT ON "paper_content"
WHEN (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = NEW.paper_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_content_locked_update" BEFORE UPDATE ON "paper_content"
WHEN (NEW.paper_id IS NOT OLD.paper_id OR NEW.data IS NOT OLD.data)
    AND ((SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = OLD.paper_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = NEW.paper_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
CREATE TRIGGER "paper_content_locked_delete" BEFORE DELETE ON "paper_content"
WHEN (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = OLD.paper_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;
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
CREATE TRIGGER "search_narrative_insert" AFTER INSERT ON "narrative"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('narrative', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, NEW.body);
END;
CREATE TRIGGER "search_narrative_update" AFTER UPDATE ON "narrative"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'narrative', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, NEW.body FROM "search_entry" WHERE kind = 'narrative' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_narrative_delete" AFTER DELETE ON "narrative"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_priority_insert" AFTER INSERT ON "priority"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('priority', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), 'Priority ' || NEW.number || ': ' || NEW.title, NEW.summary || ' ' || NEW.statement || ' ' || NEW.delivered_by);
END;
CREATE TRIGGER "search_priority_update" AFTER UPDATE ON "priority"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'priority', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, 'Priority ' || NEW.number || ': ' || NEW.title, NEW.summary || ' ' || NEW.statement || ' ' || NEW.delivered_by FROM "search_entry" WHERE kind = 'priority' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_priority_delete" AFTER DELETE ON "priority"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_you_said_insert" AFTER INSERT ON "you_said"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('you_said', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_you_said_update" AFTER UPDATE ON "you_said"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'you_said', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'you_said' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_you_said_delete" AFTER DELETE ON "you_said"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_commitment_insert" AFTER INSERT ON "commitment"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('commitment', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_commitment_update" AFTER UPDATE ON "commitment"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'commitment', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'commitment' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_commitment_delete" AFTER DELETE ON "commitment"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_success_measure_insert" AFTER INSERT ON "success_measure"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('success_measure', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_success_measure_update" AFTER UPDATE ON "success_measure"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'success_measure', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'success_measure' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_success_measure_delete" AFTER DELETE ON "success_measure"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_promise_insert" AFTER INSERT ON "promise"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('promise', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), 'Promise ' || NEW.number, NEW.text);
END;
CREATE TRIGGER "search_promise_update" AFTER UPDATE ON "promise"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'promise', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, 'Promise ' || NEW.number, NEW.text FROM "search_entry" WHERE kind = 'promise' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_promise_delete" AFTER DELETE ON "promise"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_pledge_area_insert" AFTER INSERT ON "pledge_area"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('pledge_area', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, NEW.text);
END;
CREATE TRIGGER "search_pledge_area_update" AFTER UPDATE ON "pledge_area"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'pledge_area', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, NEW.text FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_pledge_area_delete" AFTER DELETE ON "pledge_area"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_annual_report_insert" AFTER INSERT ON "annual_report"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('annual_report', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, NEW.description);
END;
CREATE TRIGGER "search_annual_report_update" AFTER UPDATE ON "annual_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'annual_report', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, NEW.description FROM "search_entry" WHERE kind = 'annual_report' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_annual_report_delete" AFTER DELETE ON "annual_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_agenda_item_insert" AFTER INSERT ON "agenda_item"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('agenda_item', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, NEW.description || ' ' || NEW.annual_report);
END;
CREATE TRIGGER "search_agenda_item_update" AFTER UPDATE ON "agenda_item"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'agenda_item', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, NEW.description || ' ' || NEW.annual_report FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_agenda_item_delete" AFTER DELETE ON "agenda_item"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_officer_report_insert" AFTER INSERT ON "officer_report"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('report', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.title, NEW.report_from || ' ' || NEW.forward_plan_ref || ' ' || NEW.executive_summary || ' ' || NEW.recommendations || ' ' || NEW.voting_arrangements || ' ' || NEW.finance || ' ' || NEW.legal || ' ' || NEW.risk || ' ' || NEW.equality || ' ' || NEW.climate);
END;
CREATE TRIGGER "search_officer_report_update" AFTER UPDATE ON "officer_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'report', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.title, NEW.report_from || ' ' || NEW.forward_plan_ref || ' ' || NEW.executive_summary || ' ' || NEW.recommendations || ' ' || NEW.voting_arrangements || ' ' || NEW.finance || ' ' || NEW.legal || ' ' || NEW.risk || ' ' || NEW.equality || ' ' || NEW.climate FROM "search_entry" WHERE kind = 'report' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_officer_report_delete" AFTER DELETE ON "officer_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_paper_page_insert" AFTER INSERT ON "paper_page"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('paper_page', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), (SELECT title FROM paper WHERE id = NEW.paper_id), NEW.text);
END;
CREATE TRIGGER "search_paper_page_update" AFTER UPDATE ON "paper_page"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'paper_page', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, (SELECT title FROM paper WHERE id = NEW.paper_id), NEW.text FROM "search_entry" WHERE kind = 'paper_page' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_paper_page_delete" AFTER DELETE ON "paper_page"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_minute_insert" AFTER INSERT ON "minute"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('minute', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.discussion);
END;
CREATE TRIGGER "search_minute_update" AFTER UPDATE ON "minute"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'minute', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.discussion FROM "search_entry" WHERE kind = 'minute' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_minute_delete" AFTER DELETE ON "minute"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_decision_insert" AFTER INSERT ON "decision"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('decision', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_decision_update" AFTER UPDATE ON "decision"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'decision', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'decision' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_decision_delete" AFTER DELETE ON "decision"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_action_insert" AFTER INSERT ON "action"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('action', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.reference, NEW.description || ' ' || NEW.answer);
END;
CREATE TRIGGER "search_action_update" AFTER UPDATE ON "action"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'action', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.reference, NEW.description || ' ' || NEW.answer FROM "search_entry" WHERE kind = 'action' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_action_delete" AFTER DELETE ON "action"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_action_update_insert" AFTER INSERT ON "action_update"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('action_update', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_action_update_update" AFTER UPDATE ON "action_update"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'action_update', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'action_update' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_action_update_delete" AFTER DELETE ON "action_update"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_challenge_insert" AFTER INSERT ON "challenge"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('challenge', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.reference || ' ' || NEW.theme, NEW.you_said || ' ' || NEW.response || ' ' || NEW.reason || ' ' || NEW.told_how);
END;
CREATE TRIGGER "search_challenge_update" AFTER UPDATE ON "challenge"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'challenge', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.reference || ' ' || NEW.theme, NEW.you_said || ' ' || NEW.response || ' ' || NEW.reason || ' ' || NEW.told_how FROM "search_entry" WHERE kind = 'challenge' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_challenge_delete" AFTER DELETE ON "challenge"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_challenge_step_insert" AFTER INSERT ON "challenge_step"
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('challenge_step', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text);
END;
CREATE TRIGGER "search_challenge_step_update" AFTER UPDATE ON "challenge_step"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'challenge_step', NEW.id;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_challenge_step_delete" AFTER DELETE ON "challenge_step"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_indicator_insert" AFTER INSERT ON "indicator"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('indicator', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.name, NEW.description || ' ' || NEW.source);
END;
CREATE TRIGGER "search_indicator_update" AFTER UPDATE ON "indicator"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'indicator', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.name, NEW.description || ' ' || NEW.source FROM "search_entry" WHERE kind = 'indicator' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_indicator_delete" AFTER DELETE ON "indicator"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_annotation_insert" AFTER INSERT ON "annotation"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('note', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), '', NEW.text || ' ' || NEW.quote);
END;
CREATE TRIGGER "search_annotation_update" AFTER UPDATE ON "annotation"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'note', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, '', NEW.text || ' ' || NEW.quote FROM "search_entry" WHERE kind = 'note' AND record_id = NEW.id;
END;
CREATE TRIGGER "search_annotation_delete" AFTER DELETE ON "annotation"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id;
END;
CREATE TRIGGER "search_paper_title_update" AFTER UPDATE OF "title" ON "paper"
BEGIN
    UPDATE "paper_page" SET "text" = "text" WHERE "paper_id" = NEW.id;
END;
CREATE TRIGGER "pack_issue_fixed_update" BEFORE UPDATE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;
CREATE TRIGGER "pack_issue_fixed_delete" BEFORE DELETE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;
CREATE TRIGGER "audit_fixed_update" BEFORE UPDATE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;
CREATE TRIGGER "audit_fixed_delete" BEFORE DELETE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;
CREATE INDEX "linked_document_agenda_item_id" ON "linked_document" ("agenda_item_id");
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
COMMIT;
