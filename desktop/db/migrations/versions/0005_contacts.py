"""derived values kept in the database: last contact of each person and account, pinyin
sort key of account names (rebuilt from the records at any time)

Revision ID: contacts01
Revises: search02
"""
from collections.abc import Sequence

from alembic import op

revision: str = "contacts01"
down_revision: str | None = "search02"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Kept by desktop/db/contacts.py at every flush; not mapped on the models, never exported.
    op.execute("ALTER TABLE person ADD COLUMN last_contact_at DATETIME")
    op.execute("ALTER TABLE account ADD COLUMN last_contact_at DATETIME")
    op.execute("ALTER TABLE account ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    op.execute("CREATE TABLE derived_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # The account list sorted by last contact reads this index in order, one page at a time,
    # and filters on what it covers without reading the (wide) account rows.
    op.execute(
        "CREATE INDEX ix_account_live_last_contact ON account (deleted_at, last_contact_at, "
        "name_key, name, id, short_name, industry, region, value_tier, churn_risk)"
    )
    # The account list filtered as the user types scans this index alone, in pinyin order
    # (ix_account_list is NOCASE for the search module's lists and needs a row per match).
    op.execute(
        "CREATE INDEX ix_account_page ON account (name_key, name, id, short_name, industry, "
        "region, value_tier, churn_risk, deleted_at, last_contact_at)"
    )
    from desktop.db import contacts, sortkeys

    raw = op.get_bind().connection.driver_connection
    contacts.rebuild_connection(raw)
    sortkeys.rebuild_connection(raw)
    op.execute("ANALYZE account")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_account_page")
    op.execute("DROP INDEX IF EXISTS ix_account_live_last_contact")
    op.execute("DROP TABLE IF EXISTS derived_state")
    op.execute("ALTER TABLE account DROP COLUMN name_key")
    op.execute("ALTER TABLE account DROP COLUMN last_contact_at")
    op.execute("ALTER TABLE person DROP COLUMN last_contact_at")
