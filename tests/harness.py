"""Starts the whole suite as real uvicorn processes on free loopback ports, or targets a deployed stack.

With `JIUZHU_GATEWAY_URL` set the tests talk to that stack (e.g. docker compose) and never start or stop
processes; otherwise each service gets a fresh database (SQLite file, or its own PostgreSQL database
when `TEST_POSTGRES_URL` is set), is migrated with its own Alembic scripts, and started.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {
    "intake": ROOT / "services/intake",
    "verification": ROOT / "services/verification",
    "matching": ROOT / "services/matching",
    "charity": ROOT / "services/charity",
    "gateway": ROOT / "gateway",
}
T = TypeVar("T")
PEERS = ("intake", "verification", "matching", "charity")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_admin_dsn(server: str) -> str:
    rest = server.split("://", 1)[1].split("/")[0]
    return f"postgresql://{rest}/postgres"


@dataclass
class ServiceProcess:
    name: str
    port: int
    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                f"{self.name}.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-access-log",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    async def wait_ready(self, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        async with httpx.AsyncClient() as client:
            while time.monotonic() < deadline:
                if self.process is not None and self.process.poll() is not None:
                    raise RuntimeError(
                        f"{self.name} exited with {self.process.returncode}; "
                        f"log:\n{self.log_path.read_text()[-4000:]}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(f"{self.url}/readyz", timeout=2)).status_code == 200:
                        return
                await asyncio.sleep(0.1)
        raise TimeoutError(f"{self.name} not ready after {timeout_s}s: {self.log_path}")


@dataclass
class Stack:
    """The running suite: the gateway URL, and (for local processes) control over each service."""

    gateway_url: str
    processes: dict[str, ServiceProcess] = field(default_factory=dict)
    databases: list[str] = field(default_factory=list)

    @property
    def controllable(self) -> bool:
        return bool(self.processes)

    def service_url(self, name: str) -> str:
        return self.processes[name].url

    def stop(self, name: str) -> None:
        self.processes[name].stop()

    async def start(self, name: str) -> None:
        self.processes[name].start()
        await self.processes[name].wait_ready()

    def shutdown(self) -> None:
        for proc in self.processes.values():
            proc.stop()


async def _database_url(name: str, work: Path, databases: list[str]) -> str:
    server = os.environ.get("TEST_POSTGRES_URL")
    if not server:
        return f"sqlite+aiosqlite:///{work / f'{name}.db'}"
    database = f"e2e_{name}_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(_pg_admin_dsn(server))
    try:
        await conn.execute(f'CREATE DATABASE "{database}"')
    finally:
        await conn.close()
    databases.append(database)
    rest = server.split("://", 1)[1].split("/")[0]
    return f"postgresql+asyncpg://{rest}/{database}"


async def _migrate(name: str, env: dict[str, str], log: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "alembic",
        "-c",
        "alembic.ini",
        "upgrade",
        "head",
        cwd=SERVICES[name],
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    await asyncio.to_thread(log.write_bytes, out or b"")
    if proc.returncode != 0:
        raise RuntimeError(f"migrating {name} failed:\n{(out or b'').decode()[-4000:]}")


async def start_stack(work: Path, extra_env: dict[str, str] | None = None) -> Stack:
    deployed = os.environ.get("JIUZHU_GATEWAY_URL")
    if deployed:
        return Stack(gateway_url=deployed.rstrip("/"))
    ports = {name: free_port() for name in SERVICES}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    databases: list[str] = []
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("JIUZHU_")}
    processes: dict[str, ServiceProcess] = {}
    for name in SERVICES:
        prefix = name.upper() + "_"
        env = dict(base_env)
        env.update(
            {
                prefix + "DATABASE_URL": await _database_url(name, work, databases),
                prefix + "ENVIRONMENT": "test",
                prefix + "LOG_LEVEL": "INFO",
                # Infrastructure timing only: a peer that comes back is retried within seconds.
                prefix + "OUTBOX_POLL_INTERVAL_S": "0.2",
                prefix + "OUTBOX_MAX_BACKOFF_S": "1.0",
            }
        )
        for peer in PEERS:
            env[f"{prefix}{peer.upper()}_URL"] = urls[peer]
        env.update(extra_env or {})
        processes[name] = ServiceProcess(name, ports[name], env, work / f"{name}.log")
    await asyncio.gather(
        *(_migrate(n, p.env, work / f"{n}-migrate.log") for n, p in processes.items())
    )
    for proc in processes.values():
        proc.start()
    stack = Stack(gateway_url=urls["gateway"], processes=processes, databases=databases)
    try:
        await asyncio.gather(*(p.wait_ready() for p in processes.values()))
    except BaseException:
        stack.shutdown()
        raise
    return stack


async def drop_databases(stack: Stack) -> None:
    server = os.environ.get("TEST_POSTGRES_URL")
    if not server or not stack.databases:
        return
    conn = await asyncpg.connect(_pg_admin_dsn(server))
    try:
        for database in stack.databases:
            await conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await conn.close()


async def eventually(
    check: Callable[[], Awaitable[T | None]],
    *,
    timeout_s: float = 30.0,
    interval_s: float = 0.2,
    error: type[Exception] = AssertionError,
) -> T:
    """Poll `check` (an async callable returning a truthy value when done) until it holds or time is up."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        last = await check()
        if last:
            return last
        await asyncio.sleep(interval_s)
    raise error(f"condition not met within {timeout_s}s (last: {last!r})")
