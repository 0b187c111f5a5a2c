"""`python -m cpdesk.store` prints the schema the migration ladder builds (kept as schema/cpdesk.sql)."""

import peewee as pw

from cpdesk.store.migrate import migrate, schema_sql

memory = pw.SqliteDatabase(":memory:")
migrate(memory, None)
print(schema_sql(memory), end="")
