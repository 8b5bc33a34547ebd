"""Local storage: one SQLite file in the user's data folder."""

from vertprep.storage.database import (
    SCHEMA_VERSION,
    NewerSchemaError,
    StorageError,
    open_database,
)
from vertprep.storage.store import ItemState, Profile, Settings, Store

__all__ = [
    "SCHEMA_VERSION",
    "ItemState",
    "NewerSchemaError",
    "Profile",
    "Settings",
    "StorageError",
    "Store",
    "open_database",
]
