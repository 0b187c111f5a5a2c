-- cpdesk database schema, version 1. Made by `python -m cpdesk.store`.

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

CREATE TABLE "commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
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

CREATE TABLE "delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
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

CREATE TABLE "you_said" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);

CREATE INDEX "ambition_strategy_id" ON "ambition" ("strategy_id");

CREATE INDEX "annual_report_strategy_id" ON "annual_report" ("strategy_id");

CREATE INDEX "approach_item_strategy_id" ON "approach_item" ("strategy_id");

CREATE INDEX "commitment_priority_id" ON "commitment" ("priority_id");

CREATE INDEX "condition_for_success_strategy_id" ON "condition_for_success" ("strategy_id");

CREATE INDEX "context_figure_strategy_id" ON "context_figure" ("strategy_id");

CREATE INDEX "delivery_team_strategy_id" ON "delivery_team" ("strategy_id");

CREATE UNIQUE INDEX "delivery_team_strategy_id_name" ON "delivery_team" ("strategy_id", "name");

CREATE INDEX "good_parenting_trait_strategy_id" ON "good_parenting_trait" ("strategy_id");

CREATE INDEX "governance_body_strategy_id" ON "governance_body" ("strategy_id");

CREATE INDEX "narrative_strategy_id" ON "narrative" ("strategy_id");

CREATE UNIQUE INDEX "narrative_strategy_id_key" ON "narrative" ("strategy_id", "key");

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

CREATE UNIQUE INDEX "strategy_one_current" ON "strategy" ("is_current") WHERE "is_current" = 1;

CREATE INDEX "success_measure_priority_id" ON "success_measure" ("priority_id");

CREATE INDEX "way_of_working_strategy_id" ON "way_of_working" ("strategy_id");

CREATE INDEX "you_said_priority_id" ON "you_said" ("priority_id");
