"""Alembic environment: the app passes its own connection (see desktop/db/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.types import TypeDecorator

from desktop.db.models import Base

config = context.config


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Autogenerate leaves the search index alone: it is raw SQL (FTS5), not in the models."""
    return not (type_ == "table" and reflected and compare_to is None
                and name is not None and name.startswith("search_"))


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
