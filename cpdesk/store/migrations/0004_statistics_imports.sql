-- cpdesk schema version 4: each import of published statistics is recorded, so that it can be undone
-- as one step. A value remembers the import that wrote it; an import keeps the values it replaced and,
-- in its journal, the indicators, areas and comparators it made or changed.

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
CREATE INDEX "replaced_value_statistics_import_id" ON "replaced_value" ("statistics_import_id");
ALTER TABLE "indicator_value" ADD COLUMN "statistics_import_id" TEXT REFERENCES "statistics_import" ("id") ON DELETE SET NULL;
CREATE INDEX "indicator_value_statistics_import_id" ON "indicator_value" ("statistics_import_id");
