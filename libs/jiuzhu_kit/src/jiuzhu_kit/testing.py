"""Test helpers shared by every service's tests: fresh databases, tokens, an in-process client."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import httpx
from asgi_lifespan import LifespanManager
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI

from jiuzhu_kit.auth import mint_token


def postgres_server_url() -> str | None:
    """`TEST_POSTGRES_URL` (e.g. postgresql://postgres@127.0.0.1:5432) switches tests to PostgreSQL."""
    return os.environ.get("TEST_POSTGRES_URL") or None


def _pg_dsn(server: str, database: str) -> str:
    base = server.split("://", 1)[1].rstrip("/")
    base = base.split("/")[0] if "/" in base else base
    return f"postgresql://{base}/{database}"


@asynccontextmanager
async def fresh_database(name: str, tmp_dir: Path) -> AsyncIterator[str]:
    """A new empty database for one service: a SQLite file, or a PostgreSQL database of its own."""
    server = postgres_server_url()
    if server is None:
        path = tmp_dir / f"{name}-{uuid.uuid4().hex[:8]}.db"
        yield f"sqlite+aiosqlite:///{path}"
        return
    database = f"test_{name}_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(_pg_dsn(server, "postgres"))
    try:
        await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()
    try:
        yield "postgresql+asyncpg://" + _pg_dsn(server, database).split("://", 1)[1]
    finally:
        admin = await asyncpg.connect(_pg_dsn(server, "postgres"))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        finally:
            await admin.close()


async def terminate_backends(database_url: str) -> int:
    """What a PostgreSQL restart does to a service's connections: every backend connected to the
    service's database is terminated (its pooled sockets find out on their next use)."""
    database = database_url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        rows = await admin.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = $1 AND pid <> pg_backend_pid()",
            database,
        )
    finally:
        await admin.close()
    return len(rows)


def new_private_pem() -> str:
    """A fresh Ed25519 private key (PKCS#8 PEM): a key nobody trusts, or one to configure."""
    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


def bearer(
    *roles: str,
    subject: str | None = None,
    region: str = "",
    organization_id: str | None = None,
    sources: Iterable[str] = (),
    kind: str | None = None,
    ttl_s: int = 900,
) -> dict[str, str]:
    """Authorization header with a development-key token for the given roles and scope."""
    token = mint_token(
        subject=subject or f"test-{'-'.join(roles) or 'anonymous'}",
        roles=roles,
        region=region,
        organization_id=organization_id,
        sources=list(sources),
        kind=kind or ("partner" if {"data_partner", "charity_partner"} & set(roles) else "user"),
        ttl_s=ttl_s,
    )
    return {"Authorization": f"Bearer {token}"}


@asynccontextmanager
async def app_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run the app's lifespan and talk to it in-process over ASGI."""
    async with LifespanManager(app, startup_timeout=60, shutdown_timeout=30) as manager:
        # As a real server would: an unhandled error becomes the 500 problem, not a test crash.
        transport = httpx.ASGITransport(app=manager.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


@asynccontextmanager
async def migrated_database(name: str, service_dir: Path, tmp_dir: Path) -> AsyncIterator[str]:
    """A fresh database for `name`, migrated to head with the service's own Alembic scripts."""
    from jiuzhu_kit.migrations import upgrade

    async with fresh_database(name, tmp_dir) as url:
        await upgrade(service_dir, url)
        yield url
