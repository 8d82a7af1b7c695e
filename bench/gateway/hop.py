"""Why the gateway forwards with aiohttp: the proxy hop's client measured alone, httpx vs aiohttp.

`.venv/bin/python bench/gateway/hop.py`: starts the benchmark service (upstream.py), then sends the
same GET 16-wide through each client, twice alternately, and reports requests per second and the
client's own CPU time per request. Last line: {"bench": "gateway-hop", …}.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import httpx
from run import HERE, clean_env, free_port, start

REQUESTS, CONNECTIONS = 3000, 16


async def _measure(get: Callable[[], Awaitable[None]]) -> tuple[float, float]:
    async def worker(n: int) -> None:
        for _ in range(n):
            await get()

    await worker(20)
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker(REQUESTS // CONNECTIONS) for _ in range(CONNECTIONS)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done = REQUESTS // CONNECTIONS * CONNECTIONS
    return done / wall, cpu * 1e6 / done


async def with_httpx(url: str) -> tuple[float, float]:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    async with httpx.AsyncClient(limits=limits) as client:

        async def get() -> None:
            response = await client.get(url)
            await response.aread()

        return await _measure(get)


async def with_aiohttp(url: str) -> tuple[float, float]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=512)) as session:

        async def get() -> None:
            async with session.get(url) as response:
                await response.read()

        return await _measure(get)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-hop-"))
    port = free_port()
    env = clean_env(
        {"BENCH_ENVIRONMENT": "test", "BENCH_DATABASE_URL": f"sqlite+aiosqlite:///{work / 'b.db'}"}
    )
    process = start("upstream:app", port, env, work, cwd=HERE)
    results: dict[str, list[tuple[float, float]]] = {"httpx": [], "aiohttp": []}
    try:
        url = f"http://127.0.0.1:{port}/healthz"
        for _ in range(2):
            results["httpx"].append(asyncio.run(with_httpx(url)))
            results["aiohttp"].append(asyncio.run(with_aiohttp(url)))
    finally:
        process.terminate()
        process.wait(timeout=15)
        shutil.rmtree(work, ignore_errors=True)
    summary: dict[str, object] = {"bench": "gateway-hop"}
    for name, runs in results.items():
        summary[f"{name}_rps"] = round(max(r[0] for r in runs), 1)
        summary[f"{name}_client_cpu_us_per_request"] = round(min(r[1] for r in runs))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
