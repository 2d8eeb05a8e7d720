"""search index: each record kind is a rowid range (no kind token)

Revision ID: search02
Revises: perf01

Each kind becomes a rowid range, and the kind token leaves the indexed text: a
search of one kind reads only that kind's part of each doclist, instead of ANDing
a token that every record of the kind carries. The tables are made again here and
filled by search03 (see there for the layout).
"""
from collections.abc import Sequence

from alembic import op

revision: str = "search02"
down_revision: str | None = "perf01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _recreate() -> None:
    # Dropping and creating is far quicker than deleting a million rows from FTS5.
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_doc")
    op.execute("DROP TABLE IF EXISTS search_word")
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'ascii')")
    op.execute(
        "CREATE TABLE search_doc ("
        " rowid INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " record_id TEXT NOT NULL UNIQUE)"
    )
    op.execute("CREATE TABLE search_word (term TEXT PRIMARY KEY) WITHOUT ROWID")


def upgrade() -> None:
    # Left empty: search03 (after contacts01) fills the index with the final layout, so
    # an upgrade through both builds it once.
    _recreate()


def downgrade() -> None:
    # The search01 layout is made by the code of that time: leave the tables empty and
    # let `dossier search --rebuild` (of that version) fill them.
    _recreate()
