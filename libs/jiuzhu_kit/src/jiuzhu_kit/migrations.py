"""Alembic helpers shared by every service: the async `env.py` body, programmatic upgrade, drift check."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from alembic import command, context
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import DateTime, MetaData, String, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import async_engine_from_config
from sqlalchemy.types import TypeDecorator

from jiuzhu_kit.db import create_engine, normalize_url


def _include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # SQLite keeps its own bookkeeping tables; they are not ours to migrate.
    return not (type_ == "table" and name is not None and name.startswith("sqlite_"))


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # The kit's column types (UTC timestamps, encrypted strings) are plain types in the database;
    # migrations render the stored type so they never import application code.
    if (
        type_ == "type"
        and isinstance(obj, TypeDecorator)
        and type(obj).__module__.startswith("jiuzhu_kit")
    ):
        impl = obj.impl_instance
        if isinstance(impl, DateTime):
            return f"sa.DateTime(timezone={impl.timezone})"
        if isinstance(impl, String):
            return f"sa.String(length={impl.length})"
    return False


def run_env(metadata: MetaData, database_url: str) -> None:
    """The whole body of a service's `migrations/env.py` (online, async; offline emits SQL)."""
    config = context.config
    url = normalize_url(config.attributes.get("database_url") or database_url)
    connection: Connection | None = config.attributes.get("connection")
    opts: dict[str, Any] = {
        "target_metadata": metadata,
        "compare_type": True,
        "render_as_batch": url.startswith("sqlite"),
        "include_object": _include_object,
        "render_item": _render_item,
    }
    if context.is_offline_mode():
        context.configure(url=url, literal_binds=True, **opts)
        with context.begin_transaction():
            context.run_migrations()
        return

    def do_run(conn: Connection) -> None:
        context.configure(connection=conn, **opts)
        with context.begin_transaction():
            context.run_migrations()

    if connection is not None:
        do_run(connection)
        return

    async def run_async() -> None:
        engine = async_engine_from_config(
            {"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool
        )
        async with engine.connect() as conn:
            await conn.run_sync(do_run)
        await engine.dispose()

    asyncio.run(run_async())


def alembic_config(service_dir: Path, database_url: str) -> Config:
    cfg = Config(str(service_dir / "alembic.ini"))
    cfg.set_main_option("script_location", str(service_dir / "migrations"))
    cfg.attributes["database_url"] = database_url
    return cfg


async def upgrade(service_dir: Path, database_url: str, revision: str = "head") -> None:
    """Migrate a database to `revision` from inside a running event loop (tests, `make run`)."""
    await _migrate(command.upgrade, service_dir, database_url, revision)


async def downgrade(service_dir: Path, database_url: str, revision: str) -> None:
    """Migrate a database back to `revision` from inside a running event loop (tests)."""
    await _migrate(command.downgrade, service_dir, database_url, revision)


async def _migrate(
    step: Callable[[Config, str], None], service_dir: Path, database_url: str, revision: str
) -> None:
    engine = create_engine(database_url)
    cfg = alembic_config(service_dir, database_url)

    def run(conn: Connection) -> None:
        cfg.attributes["connection"] = conn
        step(cfg, revision)

    async with engine.begin() as conn:
        await conn.run_sync(run)
    await engine.dispose()


async def drift(database_url: str, metadata: MetaData) -> list[Any]:
    """Differences between a migrated database and the models; empty when they agree."""
    engine = create_engine(database_url)

    def compare(conn: Connection) -> list[Any]:
        mc = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _include_object}
        )
        return list(compare_metadata(mc, metadata))

    async with engine.connect() as conn:
        diffs = await conn.run_sync(compare)
    await engine.dispose()
    return diffs
