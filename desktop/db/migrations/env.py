"""Alembic environment: the app passes its own connection (see desktop/db/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.types import TypeDecorator

from desktop.db.models import Base

config = context.config


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Autogenerate leaves raw-SQL objects alone: the search index (FTS5) and the stored last
    contacts (desktop/db/contacts.py), which are derived data and not in the models."""
    if not (reflected and compare_to is None and name is not None):
        return True
    if type_ == "table":
        return not (name.startswith("search_") or name == "derived_state")
    if type_ == "column":
        return name not in ("last_contact_at", "name_key")
    if type_ == "index":
        return name not in ("ix_account_live_last_contact", "ix_account_page")
    return True


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write the app's column types as their plain SQL types: migrations must not import them."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl_instance
        return f"sa.{impl!r}"
    return False

target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic revision --autogenerate` from a developer's shell
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///alembic-dev.sqlite3"
        with create_engine(url).connect() as conn:
            context.configure(connection=conn, target_metadata=target_metadata,
                              render_as_batch=True, render_item=render_item,
                              include_object=include_object)
            with context.begin_transaction():
                context.run_migrations()
            conn.commit()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
