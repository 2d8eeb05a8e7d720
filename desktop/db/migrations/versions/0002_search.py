"""full-text search index and account-list indexes

Revision ID: search01
Revises: 0001
"""
from collections.abc import Sequence

from alembic import op

revision: str = "search01"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Tokens are made in Python (desktop/search/tokenize.py): Chinese bigrams, lowercased
    # words, pinyin. The ascii tokenizer splits them on spaces only and keeps every
    # non-ASCII character inside its token.
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'ascii')")
    op.execute(
        "CREATE TABLE search_doc ("
        " rowid INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " record_id TEXT NOT NULL UNIQUE)"
    )
    op.execute("CREATE TABLE search_word (term TEXT PRIMARY KEY) WITHOUT ROWID")
    # Last contact per account: one index seek, no table row read.
    op.execute(
        "CREATE INDEX ix_interaction_account_live_starts "
        "ON interaction (account_id, deleted_at, starts_at)"
    )
    # The account list: filtered and paged in name order from this index alone.
    op.execute(
        "CREATE INDEX ix_account_list ON account (name COLLATE NOCASE, id, short_name, "
        "industry, region, value_tier, churn_risk, deleted_at)"
    )
    # Index everything already there (an upgrade of a filled dossier).
    from desktop.search.index import rebuild_connection

    bind = op.get_bind()
    raw = bind.connection.driver_connection
    rebuild_connection(raw)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_account_list")
    op.execute("DROP INDEX IF EXISTS ix_interaction_account_live_starts")
    op.execute("DROP TABLE IF EXISTS search_word")
    op.execute("DROP TABLE IF EXISTS search_doc")
    op.execute("DROP TABLE IF EXISTS search_fts")
