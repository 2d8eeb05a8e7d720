"""covering index for each person's last contact (the Today view at scale)

Revision ID: perf01
Revises: search01
"""
from collections.abc import Sequence

from alembic import op

revision: str = "perf01"
down_revision: str | None = "search01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Last contact per person joins interaction_person to interaction by id: with this
    # index the join reads no interaction row (their notes make them large), so the Today
    # view's grouped pass over a million interactions stays in the index.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_interaction_id_live_starts "
        "ON interaction (id, deleted_at, starts_at)"
    )
    # … and walks interaction_person in person order without reading its rows.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_interaction_person_person_interaction "
        "ON interaction_person (person_id, interaction_id)"
    )
    op.execute("ANALYZE")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_interaction_person_person_interaction")
    op.execute("DROP INDEX IF EXISTS ix_interaction_id_live_starts")
