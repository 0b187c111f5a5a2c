-- cpdesk database schema, version 11. Made by `python -m cpdesk.store`.

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

CREATE TABLE "audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "record_id" TEXT,
    "what" TEXT NOT NULL
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

CREATE TABLE "desk_user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL CHECK (role IN ('member', 'chair', 'clerk', 'officer'))
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

CREATE TABLE "paper_page" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
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

CREATE TABLE "search_entry" (
    "rowid" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);

CREATE VIRTUAL TABLE "search_text" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TABLE 'search_text_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_text_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'search_text_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_text_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_text_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

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

CREATE INDEX "action_agenda_item_id" ON "action" ("agenda_item_id");

CREATE INDEX "action_due_date" ON "action" ("due_date");

CREATE INDEX "action_link_action_id" ON "action_link" ("action_id");

CREATE INDEX "action_link_commitment_id" ON "action_link" ("commitment_id");

CREATE INDEX "action_link_pledge_area_id" ON "action_link" ("pledge_area_id");

CREATE INDEX "action_link_priority_id" ON "action_link" ("priority_id");

CREATE INDEX "action_link_promise_id" ON "action_link" ("promise_id");

CREATE TRIGGER "action_locked_delete" BEFORE DELETE ON "action"
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

CREATE INDEX "action_meeting_id" ON "action" ("meeting_id");

CREATE INDEX "action_owner_id" ON "action" ("owner_id");

CREATE INDEX "action_owner_team_id" ON "action" ("owner_team_id");

CREATE INDEX "action_raised_by_id" ON "action" ("raised_by_id");

CREATE UNIQUE INDEX "action_reference" ON "action" ("reference");

CREATE INDEX "action_status" ON "action" ("status");

CREATE INDEX "action_update_action_id" ON "action_update" ("action_id");

CREATE INDEX "agenda_item_link_agenda_item_id" ON "agenda_item_link" ("agenda_item_id");

CREATE INDEX "agenda_item_link_commitment_id" ON "agenda_item_link" ("commitment_id");

CREATE TRIGGER "agenda_item_link_locked_delete" BEFORE DELETE ON "agenda_item_link"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
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

CREATE INDEX "agenda_item_link_pledge_area_id" ON "agenda_item_link" ("pledge_area_id");

CREATE INDEX "agenda_item_link_priority_id" ON "agenda_item_link" ("priority_id");

CREATE INDEX "agenda_item_link_promise_id" ON "agenda_item_link" ("promise_id");

CREATE TRIGGER "agenda_item_locked_delete" BEFORE DELETE ON "agenda_item"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
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

CREATE INDEX "agenda_item_meeting_id" ON "agenda_item" ("meeting_id");

CREATE INDEX "agenda_item_presenter_id" ON "agenda_item" ("presenter_id");

CREATE INDEX "ambition_strategy_id" ON "ambition" ("strategy_id");

CREATE INDEX "amendment_agenda_item_id" ON "amendment" ("agenda_item_id");

CREATE INDEX "amendment_meeting_id" ON "amendment" ("meeting_id");

CREATE INDEX "annotation_action_id" ON "annotation" ("action_id");

CREATE INDEX "annotation_target_kind_target_id" ON "annotation" ("target_kind", "target_id");

CREATE INDEX "annotation_user_id" ON "annotation" ("user_id");

CREATE INDEX "annual_report_strategy_id" ON "annual_report" ("strategy_id");

CREATE INDEX "approach_item_strategy_id" ON "approach_item" ("strategy_id");

CREATE UNIQUE INDEX "area_code" ON "area" ("code");

CREATE TRIGGER "attendance_locked_delete" BEFORE DELETE ON "attendance"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
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

CREATE INDEX "attendance_meeting_id" ON "attendance" ("meeting_id");

CREATE UNIQUE INDEX "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", "person_id");

CREATE INDEX "attendance_person_id" ON "attendance" ("person_id");

CREATE INDEX "attendance_substitute_for_id" ON "attendance" ("substitute_for_id");

CREATE INDEX "audit_created_at" ON "audit" ("created_at");

CREATE TRIGGER "audit_fixed_delete" BEFORE DELETE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;

CREATE TRIGGER "audit_fixed_update" BEFORE UPDATE ON "audit"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the audit log is kept as it was written; it cannot be changed');
END;

CREATE INDEX "audit_kind_record_id" ON "audit" ("kind", "record_id");

CREATE UNIQUE INDEX "body_name" ON "body" ("name");

CREATE INDEX "body_parent_id" ON "body" ("parent_id");

CREATE INDEX "challenge_action_action_id" ON "challenge_action" ("action_id");

CREATE INDEX "challenge_action_challenge_id" ON "challenge_action" ("challenge_id");

CREATE UNIQUE INDEX "challenge_action_challenge_id_action_id" ON "challenge_action" ("challenge_id", "action_id");

CREATE INDEX "challenge_agenda_item_id" ON "challenge" ("agenda_item_id");

CREATE INDEX "challenge_link_challenge_id" ON "challenge_link" ("challenge_id");

CREATE INDEX "challenge_link_commitment_id" ON "challenge_link" ("commitment_id");

CREATE INDEX "challenge_link_pledge_area_id" ON "challenge_link" ("pledge_area_id");

CREATE INDEX "challenge_link_priority_id" ON "challenge_link" ("priority_id");

CREATE INDEX "challenge_link_promise_id" ON "challenge_link" ("promise_id");

CREATE TRIGGER "challenge_locked_delete" BEFORE DELETE ON "challenge"
WHEN (SELECT status FROM meeting WHERE id = OLD.raised_at_id) = 'minutes_approved'
    OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
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

CREATE INDEX "challenge_officer_id" ON "challenge" ("officer_id");

CREATE INDEX "challenge_raised_at_id" ON "challenge" ("raised_at_id");

CREATE UNIQUE INDEX "challenge_reference" ON "challenge" ("reference");

CREATE INDEX "challenge_status" ON "challenge" ("status");

CREATE INDEX "challenge_step_challenge_id" ON "challenge_step" ("challenge_id");

CREATE INDEX "commitment_priority_id" ON "commitment" ("priority_id");

CREATE INDEX "comparator_area_id" ON "comparator" ("area_id");

CREATE UNIQUE INDEX "comparator_area_id_comparator_id" ON "comparator" ("area_id", "comparator_id");

CREATE INDEX "comparator_comparator_id" ON "comparator" ("comparator_id");

CREATE INDEX "condition_for_success_strategy_id" ON "condition_for_success" ("strategy_id");

CREATE INDEX "context_figure_strategy_id" ON "context_figure" ("strategy_id");

CREATE INDEX "decision_agenda_item_id" ON "decision" ("agenda_item_id");

CREATE TRIGGER "decision_locked_delete" BEFORE DELETE ON "decision"
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

CREATE INDEX "declaration_agenda_item_id" ON "declaration" ("agenda_item_id");

CREATE TRIGGER "declaration_locked_delete" BEFORE DELETE ON "declaration"
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

CREATE INDEX "declaration_person_id" ON "declaration" ("person_id");

CREATE INDEX "delivery_team_strategy_id" ON "delivery_team" ("strategy_id");

CREATE UNIQUE INDEX "delivery_team_strategy_id_name" ON "delivery_team" ("strategy_id", "name");

CREATE INDEX "exception_action_action_id" ON "exception_action" ("action_id");

CREATE INDEX "exception_action_exception_id" ON "exception_action" ("exception_id");

CREATE UNIQUE INDEX "exception_action_exception_id_action_id" ON "exception_action" ("exception_id", "action_id");

CREATE INDEX "good_parenting_trait_strategy_id" ON "good_parenting_trait" ("strategy_id");

CREATE INDEX "governance_body_strategy_id" ON "governance_body" ("strategy_id");

CREATE UNIQUE INDEX "indicator_exception_value_id" ON "indicator_exception" ("value_id");

CREATE INDEX "indicator_link_indicator_id" ON "indicator_link" ("indicator_id");

CREATE INDEX "indicator_link_priority_id" ON "indicator_link" ("priority_id");

CREATE INDEX "indicator_link_success_measure_id" ON "indicator_link" ("success_measure_id");

CREATE UNIQUE INDEX "indicator_source_key" ON "indicator" ("source_key");

CREATE INDEX "indicator_value_area_id" ON "indicator_value" ("area_id");

CREATE INDEX "indicator_value_indicator_id" ON "indicator_value" ("indicator_id");

CREATE UNIQUE INDEX "indicator_value_indicator_id_area_id_period" ON "indicator_value" ("indicator_id", "area_id", "period");

CREATE INDEX "indicator_value_statistics_import_id" ON "indicator_value" ("statistics_import_id");

CREATE INDEX "linked_document_agenda_item_id" ON "linked_document" ("agenda_item_id");

CREATE TRIGGER "linked_document_locked_delete" BEFORE DELETE ON "linked_document"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

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

CREATE TRIGGER "meeting_approver_delete" BEFORE DELETE ON "meeting"
WHEN EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;

CREATE TRIGGER "meeting_approver_update" BEFORE UPDATE ON "meeting"
WHEN (NEW.date IS NOT OLD.date OR NEW.body_id IS NOT OLD.body_id OR (NEW.status IS NOT OLD.status AND NEW.status <> 'minutes_approved') OR NEW.deleted_at IS NOT NULL)
    AND EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;

CREATE INDEX "meeting_body_id" ON "meeting" ("body_id");

CREATE INDEX "meeting_date" ON "meeting" ("date");

CREATE TRIGGER "meeting_locked_delete" BEFORE DELETE ON "meeting"
WHEN OLD.status = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "meeting_locked_update" BEFORE UPDATE ON "meeting"
WHEN OLD.status = 'minutes_approved' AND (NEW.body_id IS NOT OLD.body_id OR NEW.date IS NOT OLD.date OR NEW.time IS NOT OLD.time OR NEW.venue IS NOT OLD.venue OR NEW.status IS NOT OLD.status OR NEW.minutes_approved_at_id IS NOT OLD.minutes_approved_at_id OR NEW.notes IS NOT OLD.notes OR NEW.is_example IS NOT OLD.is_example OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE INDEX "meeting_minutes_approved_at_id" ON "meeting" ("minutes_approved_at_id");

CREATE UNIQUE INDEX "minute_agenda_item_id" ON "minute" ("agenda_item_id");

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

CREATE TRIGGER "minute_locked_delete" BEFORE DELETE ON "minute"
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

CREATE INDEX "narrative_strategy_id" ON "narrative" ("strategy_id");

CREATE UNIQUE INDEX "narrative_strategy_id_key" ON "narrative" ("strategy_id", "key");

CREATE UNIQUE INDEX "officer_report_agenda_item_id" ON "officer_report" ("agenda_item_id");

CREATE TRIGGER "officer_report_locked_delete" BEFORE DELETE ON "officer_report"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
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

CREATE TRIGGER "pack_issue_fixed_delete" BEFORE DELETE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;

CREATE TRIGGER "pack_issue_fixed_update" BEFORE UPDATE ON "pack_issue"
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: a published pack is kept exactly as it was published; make a supplement or a new version instead');
END;

CREATE UNIQUE INDEX "pack_issue_meeting_id_edition_version_supplement" ON "pack_issue" ("meeting_id", "edition", "version", "supplement");

CREATE INDEX "paper_agenda_item_id" ON "paper" ("agenda_item_id");

CREATE TRIGGER "paper_content_locked_delete" BEFORE DELETE ON "paper_content"
WHEN (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = OLD.paper_id)) = 'minutes_approved'
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

CREATE UNIQUE INDEX "paper_content_paper_id" ON "paper_content" ("paper_id");

CREATE TRIGGER "paper_locked_delete" BEFORE DELETE ON "paper"
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

CREATE UNIQUE INDEX "paper_page_paper_id_page" ON "paper_page" ("paper_id", "page");

CREATE INDEX "person_team_id" ON "person" ("team_id");

CREATE INDEX "pledge_area_strategy_id" ON "pledge_area" ("strategy_id");

CREATE INDEX "pledge_strategy_id" ON "pledge" ("strategy_id");

CREATE INDEX "principle_strategy_id" ON "principle" ("strategy_id");

CREATE INDEX "priority_delivery_team_priority_id" ON "priority_delivery_team" ("priority_id");

CREATE UNIQUE INDEX "priority_delivery_team_priority_id_team_id" ON "priority_delivery_team" ("priority_id", "team_id");

CREATE INDEX "priority_delivery_team_team_id" ON "priority_delivery_team" ("team_id");

CREATE INDEX "priority_strategy_id" ON "priority" ("strategy_id");

CREATE UNIQUE INDEX "priority_strategy_id_number" ON "priority" ("strategy_id", "number");

CREATE INDEX "promise_strategy_id" ON "promise" ("strategy_id");

CREATE UNIQUE INDEX "promise_strategy_id_number" ON "promise" ("strategy_id", "number");

CREATE INDEX "related_plan_strategy_id" ON "related_plan" ("strategy_id");

CREATE INDEX "replaced_value_statistics_import_id" ON "replaced_value" ("statistics_import_id");

CREATE TRIGGER "search_action_delete" AFTER DELETE ON "action"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action' AND record_id = OLD.id;
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

CREATE TRIGGER "search_action_update_delete" AFTER DELETE ON "action_update"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'action_update' AND record_id = OLD.id;
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

CREATE TRIGGER "search_agenda_item_delete" AFTER DELETE ON "agenda_item"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'agenda_item' AND record_id = OLD.id;
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

CREATE TRIGGER "search_annotation_delete" AFTER DELETE ON "annotation"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'note' AND record_id = OLD.id;
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

CREATE TRIGGER "search_annual_report_delete" AFTER DELETE ON "annual_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'annual_report' AND record_id = OLD.id;
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

CREATE TRIGGER "search_challenge_delete" AFTER DELETE ON "challenge"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id;
END;

CREATE TRIGGER "search_challenge_insert" AFTER INSERT ON "challenge"
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO "search_entry" ("kind", "record_id") VALUES ('challenge', NEW.id);
    INSERT INTO "search_text" ("rowid", "title", "body") VALUES (last_insert_rowid(), NEW.reference || ' ' || NEW.theme, NEW.you_said || ' ' || NEW.response || ' ' || NEW.reason || ' ' || NEW.told_how);
END;

CREATE TRIGGER "search_challenge_step_delete" AFTER DELETE ON "challenge_step"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge_step' AND record_id = OLD.id;
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

CREATE TRIGGER "search_challenge_update" AFTER UPDATE ON "challenge"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'challenge' AND record_id = OLD.id;
    INSERT INTO "search_entry" ("kind", "record_id") SELECT 'challenge', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO "search_text" ("rowid", "title", "body") SELECT rowid, NEW.reference || ' ' || NEW.theme, NEW.you_said || ' ' || NEW.response || ' ' || NEW.reason || ' ' || NEW.told_how FROM "search_entry" WHERE kind = 'challenge' AND record_id = NEW.id;
END;

CREATE TRIGGER "search_commitment_delete" AFTER DELETE ON "commitment"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'commitment' AND record_id = OLD.id;
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

CREATE TRIGGER "search_decision_delete" AFTER DELETE ON "decision"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'decision' AND record_id = OLD.id;
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

CREATE UNIQUE INDEX "search_entry_kind_record_id" ON "search_entry" ("kind", "record_id");

CREATE TRIGGER "search_indicator_delete" AFTER DELETE ON "indicator"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'indicator' AND record_id = OLD.id;
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

CREATE TRIGGER "search_linked_document_delete" AFTER DELETE ON "linked_document"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'linked_document' AND record_id = OLD.id;
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

CREATE TRIGGER "search_minute_delete" AFTER DELETE ON "minute"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'minute' AND record_id = OLD.id;
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

CREATE TRIGGER "search_narrative_delete" AFTER DELETE ON "narrative"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'narrative' AND record_id = OLD.id;
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

CREATE TRIGGER "search_officer_report_delete" AFTER DELETE ON "officer_report"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'report' AND record_id = OLD.id;
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

CREATE TRIGGER "search_paper_page_delete" AFTER DELETE ON "paper_page"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'paper_page' AND record_id = OLD.id;
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

CREATE TRIGGER "search_paper_title_update" AFTER UPDATE OF "title" ON "paper"
BEGIN
    UPDATE "paper_page" SET "text" = "text" WHERE "paper_id" = NEW.id;
END;

CREATE TRIGGER "search_pledge_area_delete" AFTER DELETE ON "pledge_area"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'pledge_area' AND record_id = OLD.id;
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

CREATE TRIGGER "search_priority_delete" AFTER DELETE ON "priority"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'priority' AND record_id = OLD.id;
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

CREATE TRIGGER "search_promise_delete" AFTER DELETE ON "promise"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'promise' AND record_id = OLD.id;
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

CREATE TRIGGER "search_success_measure_delete" AFTER DELETE ON "success_measure"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'success_measure' AND record_id = OLD.id;
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

CREATE TRIGGER "search_you_said_delete" AFTER DELETE ON "you_said"
BEGIN
    DELETE FROM "search_text" WHERE rowid = (SELECT rowid FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id);
    DELETE FROM "search_entry" WHERE kind = 'you_said' AND record_id = OLD.id;
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

CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");

CREATE UNIQUE INDEX "strategy_one_current" ON "strategy" ("is_current") WHERE "is_current" = 1;

CREATE INDEX "success_measure_priority_id" ON "success_measure" ("priority_id");

CREATE UNIQUE INDEX "team_name" ON "team" ("name");

CREATE INDEX "way_of_working_strategy_id" ON "way_of_working" ("strategy_id");

CREATE UNIQUE INDEX "work_programme_entry_report_title" ON "work_programme_entry" ("report_title");

CREATE INDEX "you_said_priority_id" ON "you_said" ("priority_id");
