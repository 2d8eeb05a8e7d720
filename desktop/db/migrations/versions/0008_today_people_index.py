"""covering index for the Today agenda's one pass over the people

Revision ID: today01
Revises: search04

build_agenda streams every person (id, account, name, title, roles, stance, own cadence,
birthday, stored last contact) once. Read from the table, SQLite goes through whole person
rows, most of whose bytes (notes, needs, private details) the agenda never looks at: about
4 s of the 11-22 s the agenda took at 200,000 people. This index holds just those columns,
live people first, by account (the planner walks the accounts and reads each one's
people from it).
"""
from collections.abc import Sequence

from alembic import op

revision: str = "today01"
down_revision: str | None = "search04"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_person_agenda ON person (deleted_at, account_id, "
        "left_on, id, name, title, roles, stance, cadence_days, birthday, last_contact_at)"
    )
    op.execute("ANALYZE person")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_person_agenda")
