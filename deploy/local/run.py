"""`make run`: migrate the SQLite files under var/ and run the five processes on fixed loopback ports.

Ctrl-C (or SIGTERM) stops every process cleanly. `run.py migrate` only migrates.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var"
SERVICES = {  # name: (directory, port)
    "intake": ("services/intake", 8001),
    "verification": ("services/verification", 8002),
    "matching": ("services/matching", 8003),
    "charity": ("services/charity", 8004),
    "gateway": ("gateway", 8000),
}


def service_env(name: str) -> dict[str, str]:
    prefix = name.upper() + "_"
    env = dict(os.environ)
    env.setdefault(prefix + "DATABASE_URL", f"sqlite+aiosqlite:///{VAR / (name + '.db')}")
    env.setdefault(prefix + "ENVIRONMENT", "development")
    for peer, (_, port) in SERVICES.items():
        env.setdefault(f"{prefix}{peer.upper()}_URL", f"http://127.0.0.1:{port}")
    return env


def migrate() -> None:
    VAR.mkdir(exist_ok=True)
    for name, (directory, _) in SERVICES.items():
        print(f"migrating {name}", flush=True)
        subprocess.run(
            [sys.executable, "-m", "alembic", "-c", "alembic.ini", "upgrade", "head"],
            cwd=ROOT / directory,
            env=service_env(name),
            check=True,
        )


def wait_ready(url: str, timeout_s: float = 90.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


def serve() -> int:
    processes: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for name, (_, port) in SERVICES.items():
        processes[name] = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "uvicorn",
                f"{name}.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-access-log",
            ],
            cwd=ROOT,
            env=service_env(name),
        )
    ok = all(wait_ready(f"http://127.0.0.1:{port}/readyz") for _, port in SERVICES.values())
    if ok:
        print("\nJiuzhu is running:", flush=True)
        for name, (_, port) in SERVICES.items():
            print(f"  {name:<13} http://127.0.0.1:{port}   docs: http://127.0.0.1:{port}/docs")
        print(
            "  status        http://127.0.0.1:8000/v1/status\nCtrl-C stops everything.\n",
            flush=True,
        )
    else:
        print("a service did not become ready; stopping", file=sys.stderr)
        stopping = True
    while not stopping:
        for name, proc in processes.items():
            if proc.poll() is not None:
                print(f"{name} exited with {proc.returncode}; stopping", file=sys.stderr)
                stopping = True
        time.sleep(0.5)
    for proc in processes.values():
        if proc.poll() is None:
            proc.terminate()
    for proc in processes.values():
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    print("stopped", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    migrate()
    if sys.argv[1:] != ["migrate"]:
        sys.exit(serve())
