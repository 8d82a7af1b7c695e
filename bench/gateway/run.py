"""`make bench-gateway`: the same small authenticated GET, direct to a service and through the gateway.

Starts a kit-built service (upstream.py: the services' middleware and token check, no query) and the
gateway as real uvicorn processes on loopback, then drives each URL with wrk (16 connections, one
run each, after a short warm-up). The gateway verifies the token, checks the route's roles and takes
a token from the caller's bucket on every request (sized so the benchmark is never refused).

Last line: {"bench": "gateway", "direct_rps": …, "gateway_rps": …, "ratio": …,
"direct_p50_ms": …, "gateway_p50_ms": …, "added_p50_ms": …, "direct_cpu_us": …,
"gateway_hop_cpu_us": …}
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from jiuzhu_kit.testing import bearer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BENCH_", "GATEWAY_"))}
    env.update(extra)
    return env


def start(
    app: str, port: int, env: dict[str, str], work: Path, cwd: Path = ROOT
) -> subprocess.Popen[bytes]:
    log = (work / f"{port}.log").open("ab")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            app,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
        ],
        cwd=cwd,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{app} exited; see {work / f'{port}.log'}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{app} not ready")


_LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def cpu_seconds(processes: Sequence[subprocess.Popen[bytes]]) -> float:
    """User + system CPU time the server processes have used so far (Linux /proc)."""
    total = 0
    for process in processes:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def wrk(
    url: str,
    token: str,
    *,
    seconds: int,
    connections: int,
    servers: Sequence[subprocess.Popen[bytes]] = (),
) -> dict[str, float]:
    """Drive `url` with wrk; with `servers`, also their CPU time per request (load-independent)."""
    cpu_before = cpu_seconds(servers)
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Authorization: Bearer {token}",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    cpu = cpu_seconds(servers) - cpu_before
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    done = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    assert p50 is not None, out
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if non2xx:
        raise RuntimeError(f"{non2xx.group(1)} requests failed against {url}:\n{out}")
    return {
        "rps": rps,
        "p50_ms": float(p50.group(1)) * _LATENCY_UNITS[p50.group(2)],
        "cpu_us": cpu * 1e6 / max(done, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed as the load generator: apt-get install -y wrk")
    work = Path(tempfile.mkdtemp(prefix="bench-gateway-"))
    service_port, gateway_port = free_port(), free_port()
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(
            start(
                "upstream:app",
                service_port,
                clean_env(
                    {
                        "BENCH_ENVIRONMENT": "test",
                        "BENCH_DATABASE_URL": f"sqlite+aiosqlite:///{work / 'bench.db'}",
                    }
                ),
                work,
                cwd=HERE,
            )
        )
        gateway_env = clean_env(
            {
                "GATEWAY_ENVIRONMENT": "test",
                "GATEWAY_DATABASE_URL": f"sqlite+aiosqlite:///{work / 'gateway.db'}",
                "GATEWAY_MATCHING_URL": f"http://127.0.0.1:{service_port}",
                # Every request still takes a token from the bucket; this one never runs dry.
                "GATEWAY_RATE_LIMIT_PER_S": "1000000",
                "GATEWAY_RATE_LIMIT_BURST": "1000000",
            }
        )
        subprocess.run(
            [sys.executable, "-m", "alembic", "-c", "alembic.ini", "upgrade", "head"],
            cwd=ROOT / "gateway",
            env=gateway_env,
            check=True,
            capture_output=True,
        )
        processes.append(start("gateway.main:app", gateway_port, gateway_env, work))
        path = "/v1/policies/bench"
        token = bearer("auditor", subject="bench-auditor")["Authorization"].split(" ", 1)[1]
        direct_url = f"http://127.0.0.1:{service_port}{path}"
        gateway_url = f"http://127.0.0.1:{gateway_port}{path}"
        for url in (direct_url, gateway_url):
            assert httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
            wrk(url, token, seconds=2, connections=args.connections)  # warm-up
        upstream, gateway = processes
        # The CPU counted is the service's when direct, the gateway process's alone through it.
        direct, through = (
            wrk(url, token, seconds=args.seconds, connections=args.connections, servers=[server])
            for url, server in ((direct_url, upstream), (gateway_url, gateway))
        )
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=15)
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "bench": "gateway",
        "direct_rps": round(direct["rps"], 1),
        "gateway_rps": round(through["rps"], 1),
        "ratio": round(through["rps"] / direct["rps"], 3),
        "direct_p50_ms": round(direct["p50_ms"], 2),
        "gateway_p50_ms": round(through["p50_ms"], 2),
        "added_p50_ms": round(through["p50_ms"] - direct["p50_ms"], 2),
        # CPU time per request (µs): unlike the figures above, hardly moved by other load.
        "direct_cpu_us": round(direct["cpu_us"]),
        "gateway_hop_cpu_us": round(through["cpu_us"]),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
