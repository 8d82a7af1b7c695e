"""Generates the `jiuzhu_client` package from the gateway's merged OpenAPI (`make client`).

    python libs/jiuzhu_cli/codegen/generate_client.py [--out DIR]

The default output is the committed package, `libs/jiuzhu_client/src/jiuzhu_client`; the freshness
test (tests/test_client_fresh.py) generates into a temporary directory and compares the two.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
COMMITTED = ROOT / "libs/jiuzhu_client/src/jiuzhu_client"
CONFIG = HERE / "client-config.yaml"

sys.path.insert(0, str(HERE))
from merged_openapi import for_generation, merged_openapi  # noqa: E402


def generate(out: Path) -> None:
    """Write the client generated from the current merged OpenAPI to `out` (replaced whole)."""
    bin_dir = Path(sys.executable).parent
    document = for_generation(merged_openapi())
    # With `--meta none` the generator writes over the directory but leaves files it no longer
    # generates (an endpoint removed from the API): start from nothing.
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        spec = Path(work) / "openapi.json"
        spec.write_text(json.dumps(document, ensure_ascii=False, sort_keys=True), "utf-8")
        done = subprocess.run(  # noqa: S603 - our own generator, our own arguments
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(CONFIG),
                "--meta",
                "none",
                "--overwrite",
                "--fail-on-warning",
                "--output-path",
                str(out),
            ],
            cwd=work,
            # The post hooks call `ruff`: the one of this environment, whatever PATH says.
            env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
    (out / "py.typed").write_text("")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=COMMITTED, help="package directory to write")
    generate(parser.parse_args().out.resolve())


if __name__ == "__main__":
    main()
