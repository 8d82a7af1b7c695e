"""Async database access: engine, per-request session (commit on success, rollback on error), column types."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import registry
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import SQLModel

# Explicit names so that Alembic autogenerate and every migration name constraints the same way.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_registry() -> registry:
    """A registry with its own MetaData: each service's tables live apart from every other's."""
    return registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on both PostgreSQL and SQLite (which stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a timezone-aware one is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def normalize_url(url: str) -> str:
    """Accept the plain driver-less URLs ops teams write and use the async drivers."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    return url


@dataclass(frozen=True)
class PoolSettings:
    """PostgreSQL pool sizing (see `ServiceSettings.database_pool_*`); SQLite ignores it."""

    size: int = 20
    max_overflow: int = 0
    timeout_s: float = 30.0
    recycle_s: int = 3600


# asyncpg prepares every statement and PostgreSQL switches a prepared statement to a generic plan
# after five executions, costed with the table sizes and statistics of that moment and kept for
# the life of the connection. A service's tables start empty, so those plans were made for tiny
# tables (sequential scans) and kept while the tables grew: a submission's household lookup read
# every member row (its cost grew with the data), and nothing replans them where autovacuum is off.
# Custom plans are made at each execution with the current table sizes; planning these short
# statements costs less than one such scan.
SERVER_SETTINGS = {"plan_cache_mode": "force_custom_plan"}


def create_engine(url: str, *, echo: bool = False, pool: PoolSettings | None = None) -> AsyncEngine:
    """An engine whose pool survives a database restart without pinging on every checkout.

    SQLAlchemy's pre-ping costs asyncpg three round trips (BEGIN, `;`, ROLLBACK) per checkout. Instead
    a checkout only asks asyncpg whether the socket is already known closed (free, local), which
    catches the idle connections a restart or `pg_terminate_backend` dropped; a connection that dies
    under a statement is found by SQLAlchemy's disconnect detection, which invalidates the whole
    pool, and that one request is answered 503 with Retry-After (see `errors.py`).
    """
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    pool = pool or PoolSettings()
    engine = create_async_engine(
        url,
        echo=echo,
        connect_args={"server_settings": SERVER_SETTINGS},
        pool_size=pool.size,
        max_overflow=pool.max_overflow,
        pool_timeout=pool.timeout_s,
        pool_recycle=pool.recycle_s,
    )
    event.listen(engine.sync_engine, "checkout", _refuse_closed_connection)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers run beside the one writer; the busy timeout waits instead of failing.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _refuse_closed_connection(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """Make the pool replace a connection whose socket the server already closed (no round trip)."""
    driver = getattr(dbapi_conn, "driver_connection", None)
    is_closed = getattr(driver, "is_closed", None)
    if is_closed is not None and is_closed():
        raise DisconnectionError("connection closed by the server")


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request: committed when the handler returns, rolled back if it raises."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.sessions
    async with factory() as session:
        try:
            yield session
            await session.commit()
            if session.info.pop("outbox_enqueued", False):
                relay = getattr(request.app.state, "relay", None)
                if relay is not None:
                    relay.wake()
        except BaseException:
            await session.rollback()
            raise


# scope="function": commit before the response is sent, so a 201 means the write is durable
# (FastAPI otherwise runs the exit code of a yield dependency after the response).
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]

__all__ = [
    "NAMING_CONVENTION",
    "AsyncSession",
    "PoolSettings",
    "SQLModel",
    "SessionDep",
    "UTCDateTime",
    "create_engine",
    "get_session",
    "new_id",
    "new_registry",
    "normalize_url",
    "session_factory",
    "utcnow",
]
