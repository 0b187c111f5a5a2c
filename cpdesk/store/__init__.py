"""The database: peewee models on a database proxy, the connection and the migration ladder."""

from cpdesk.store.base import BaseModel, database_proxy
from cpdesk.store.connection import open_database
from cpdesk.store.migrate import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "BaseModel", "database_proxy", "open_database"]
