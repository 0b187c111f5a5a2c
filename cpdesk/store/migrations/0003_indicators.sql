-- cpdesk schema version 3: indicators. Areas (England, regions, local authorities) and each council's
-- comparators; indicators with unit, polarity, target and links to the strategy; their values by area
-- and period, suppressed figures kept with their code (never zero); exceptions when a figure is Red.

CREATE TABLE "area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "old_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL CHECK (level IN ('national', 'regional', 'local_authority'))
);
CREATE UNIQUE INDEX "area_code" ON "area" ("code");
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
CREATE INDEX "comparator_area_id" ON "comparator" ("area_id");
CREATE INDEX "comparator_comparator_id" ON "comparator" ("comparator_id");
CREATE UNIQUE INDEX "comparator_area_id_comparator_id" ON "comparator" ("area_id", "comparator_id");
CREATE TABLE "setting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL
);
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
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
CREATE UNIQUE INDEX "indicator_source_key" ON "indicator" ("source_key");
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
CREATE INDEX "indicator_link_indicator_id" ON "indicator_link" ("indicator_id");
CREATE INDEX "indicator_link_priority_id" ON "indicator_link" ("priority_id");
CREATE INDEX "indicator_link_success_measure_id" ON "indicator_link" ("success_measure_id");
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
    "source" TEXT NOT NULL,
    FOREIGN KEY ("indicator_id") REFERENCES "indicator" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("area_id") REFERENCES "area" ("id") ON DELETE RESTRICT
);
CREATE INDEX "indicator_value_indicator_id" ON "indicator_value" ("indicator_id");
CREATE INDEX "indicator_value_area_id" ON "indicator_value" ("area_id");
CREATE UNIQUE INDEX "indicator_value_indicator_id_area_id_period" ON "indicator_value" ("indicator_id", "area_id", "period");
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
CREATE UNIQUE INDEX "indicator_exception_value_id" ON "indicator_exception" ("value_id");
CREATE TABLE "exception_action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "exception_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("exception_id") REFERENCES "indicator_exception" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
CREATE INDEX "exception_action_exception_id" ON "exception_action" ("exception_id");
CREATE INDEX "exception_action_action_id" ON "exception_action" ("action_id");
CREATE UNIQUE INDEX "exception_action_exception_id_action_id" ON "exception_action" ("exception_id", "action_id");
