"""Local storage: one SQLite file in the user's data folder."""

from vertprep.storage.database import (
    SCHEMA_VERSION,
    NewerSchemaError,
    StorageError,
    open_database,
)

# The store (and the diary, patients and plan modules it needs) is imported on first
# use: ``vertprep print`` with the details on its command line never opens one.
_FROM_STORE = ("ItemState", "Profile", "Settings", "Store")


def __getattr__(name: str):
    if name in _FROM_STORE:
        from vertprep.storage import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
