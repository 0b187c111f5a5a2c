-- The member's reading desk: who is using cpdesk, their private notes on anything (a note on a paper
-- anchored to its page and the words it quotes, so it survives a revised paper), the text of each
-- paper page by page, and one search over everything, kept up to date by the database itself.
--
-- Notes belong to the person who wrote them. Nothing here is part of a meeting's record, so approved
-- minutes do not lock a note: a member's own preparation stays theirs to change.
--
-- The search index: every searchable record has a row in search_entry (its kind and id, and an integer
-- rowid), and its words in search_text, an FTS5 table keyed by that rowid. Triggers on each source
-- table keep both in step with every insert, change and delete, so no write path can leave the index
-- stale; records in the bin are left out. Existing records are indexed here; the text of papers
-- attached before this version is read from their PDFs by cpdesk when it first opens the database.

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
CREATE INDEX "annotation_user_id" ON "annotation" ("user_id");
CREATE INDEX "annotation_target_kind_target_id" ON "annotation" ("target_kind", "target_id");
CREATE INDEX "annotation_action_id" ON "annotation" ("action_id");

CREATE TABLE "paper_page" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "paper_page_paper_id_page" ON "paper_page" ("paper_id", "page");

CREATE TABLE "search_entry" (
    "rowid" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_entry_kind_record_id" ON "search_entry" ("kind", "record_id");

CREATE VIRTUAL TABLE "search_text" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');

-- narrative: from narrative
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'narrative', R.id FROM "narrative" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.title, R.body FROM "narrative" AS R JOIN "search_entry" AS E ON E.kind = 'narrative' AND E.record_id = R.id;

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

-- priority: from priority
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'priority', R.id FROM "priority" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, 'Priority ' || R.number || ': ' || R.title, R.summary || ' ' || R.statement || ' ' || R.delivered_by FROM "priority" AS R JOIN "search_entry" AS E ON E.kind = 'priority' AND E.record_id = R.id;

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

-- you_said: from you_said
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'you_said', R.id FROM "you_said" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "you_said" AS R JOIN "search_entry" AS E ON E.kind = 'you_said' AND E.record_id = R.id;

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

-- commitment: from commitment
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'commitment', R.id FROM "commitment" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "commitment" AS R JOIN "search_entry" AS E ON E.kind = 'commitment' AND E.record_id = R.id;

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

-- success_measure: from success_measure
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'success_measure', R.id FROM "success_measure" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "success_measure" AS R JOIN "search_entry" AS E ON E.kind = 'success_measure' AND E.record_id = R.id;

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

-- promise: from promise
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'promise', R.id FROM "promise" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, 'Promise ' || R.number, R.text FROM "promise" AS R JOIN "search_entry" AS E ON E.kind = 'promise' AND E.record_id = R.id;

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

-- pledge_area: from pledge_area
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'pledge_area', R.id FROM "pledge_area" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.title, R.text FROM "pledge_area" AS R JOIN "search_entry" AS E ON E.kind = 'pledge_area' AND E.record_id = R.id;

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

-- annual_report: from annual_report
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'annual_report', R.id FROM "annual_report" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.title, R.description FROM "annual_report" AS R JOIN "search_entry" AS E ON E.kind = 'annual_report' AND E.record_id = R.id;

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

-- agenda_item: from agenda_item
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'agenda_item', R.id FROM "agenda_item" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.title, R.description || ' ' || R.annual_report FROM "agenda_item" AS R JOIN "search_entry" AS E ON E.kind = 'agenda_item' AND E.record_id = R.id;

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

-- report: from officer_report
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'report', R.id FROM "officer_report" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.title, R.report_from || ' ' || R.forward_plan_ref || ' ' || R.executive_summary || ' ' || R.recommendations || ' ' || R.voting_arrangements || ' ' || R.finance || ' ' || R.legal || ' ' || R.risk || ' ' || R.equality || ' ' || R.climate FROM "officer_report" AS R JOIN "search_entry" AS E ON E.kind = 'report' AND E.record_id = R.id;

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

-- paper_page: from paper_page
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'paper_page', R.id FROM "paper_page" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, (SELECT title FROM paper WHERE id = R.paper_id), R.text FROM "paper_page" AS R JOIN "search_entry" AS E ON E.kind = 'paper_page' AND E.record_id = R.id;

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

-- minute: from minute
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'minute', R.id FROM "minute" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.discussion FROM "minute" AS R JOIN "search_entry" AS E ON E.kind = 'minute' AND E.record_id = R.id;

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

-- decision: from decision
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'decision', R.id FROM "decision" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "decision" AS R JOIN "search_entry" AS E ON E.kind = 'decision' AND E.record_id = R.id;

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

-- action: from action
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'action', R.id FROM "action" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.reference, R.description || ' ' || R.answer FROM "action" AS R JOIN "search_entry" AS E ON E.kind = 'action' AND E.record_id = R.id;

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

-- action_update: from action_update
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'action_update', R.id FROM "action_update" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "action_update" AS R JOIN "search_entry" AS E ON E.kind = 'action_update' AND E.record_id = R.id;

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

-- challenge: from challenge
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'challenge', R.id FROM "challenge" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.reference || ' ' || R.theme, R.you_said || ' ' || R.response || ' ' || R.reason || ' ' || R.told_how FROM "challenge" AS R JOIN "search_entry" AS E ON E.kind = 'challenge' AND E.record_id = R.id;

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

-- challenge_step: from challenge_step
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'challenge_step', R.id FROM "challenge_step" AS R;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text FROM "challenge_step" AS R JOIN "search_entry" AS E ON E.kind = 'challenge_step' AND E.record_id = R.id;

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

-- indicator: from indicator
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'indicator', R.id FROM "indicator" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, R.name, R.description || ' ' || R.source FROM "indicator" AS R JOIN "search_entry" AS E ON E.kind = 'indicator' AND E.record_id = R.id;

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

-- note: from annotation
INSERT INTO "search_entry" ("kind", "record_id") SELECT 'note', R.id FROM "annotation" AS R WHERE R.deleted_at IS NULL;
INSERT INTO "search_text" ("rowid", "title", "body")
    SELECT E.rowid, '', R.text || ' ' || R.quote FROM "annotation" AS R JOIN "search_entry" AS E ON E.kind = 'note' AND E.record_id = R.id;

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

-- A paper's title is its pages' title in the index.
CREATE TRIGGER "search_paper_title_update" AFTER UPDATE OF "title" ON "paper"
BEGIN
    UPDATE "paper_page" SET "text" = "text" WHERE "paper_id" = NEW.id;
END;
