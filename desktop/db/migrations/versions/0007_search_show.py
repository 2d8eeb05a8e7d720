"""search results read from a table keyed like the index

Revision ID: search04
Revises: search03

A page of search hits used to join each hit to its record and account by UUID: one
random seek into tables of a million rows per hit, 5-7x the full-text query's own
time for common words. search_show holds, under the same rowid as the index entry,
what a hit shows: record id, account id, date and the searched fields' text (a
JSON array). It is filled from search_doc and the records in SQL (no tokenizing:
a minute or two for 1.3 million records, not a rebuild of the index), and kept in
step by desktop/search/index.py from then on. An index on account (id, deleted_at,
name) lets the account name and liveness of each hit be read from a small index.
"""
from collections.abc import Sequence

from alembic import op

revision: str = "search04"
down_revision: str | None = "search03"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind: (table, account column, date column, searched fields in order) — as
# desktop/search/index.py KINDS at the time of this migration.
_KINDS = {
    "account": ("account", "id", "updated_at", (
        "name", "short_name", "industry", "region", "products_held", "competitors",
        "corporate_culture", "group_culture", "churn_note", "notes")),
    "person": ("person", "account_id", "updated_at", (
        "name", "english_name", "title", "department", "organisation", "form_family",
        "form_occupation", "form_motivation", "form_recreation", "rapport_notes", "notes")),
    "interaction": ("interaction", "account_id", "starts_at", (
        "subject", "place", "objective", "info_to_gather", "materials", "agenda", "notes",
        "concerns", "next_steps", "satisfaction_note")),
    "commitment": ("commitment", "account_id", "created_at", ("what", "note")),
}


def upgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_show")
    op.execute(
        "CREATE TABLE search_show (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL,"
        " account_id TEXT NOT NULL, at TEXT, fields TEXT NOT NULL)"
    )
    for kind, (table, account, date, fields) in _KINDS.items():
        texts = ", ".join(f"coalesce(t.{f}, '')" for f in fields)
        op.execute(
            "INSERT INTO search_show(rowid, record_id, account_id, at, fields) "
            f"SELECT d.rowid, t.id, t.{account}, t.{date}, json_array({texts}) "
            f"FROM search_doc d JOIN {table} t ON t.id = d.record_id "
            f"WHERE d.kind = '{kind}' ORDER BY d.rowid"
        )
    op.execute("CREATE INDEX IF NOT EXISTS ix_account_search ON account (id, deleted_at, name)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_account_search")
    op.execute("DROP TABLE IF EXISTS search_show")
