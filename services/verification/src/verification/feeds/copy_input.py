"""Input for PostgreSQL made column-wise from polars frames: COPY data and array literals."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import polars as pl


def array_literal(values: pl.Series) -> str:
    """Text values (none null) as one PostgreSQL array literal, made column-wise: the statements
    take it as text and cast it (asyncpg encoding a list checks every element in Python)."""
    quoted = values.str.replace_all("\\", "\\\\", literal=True).str.replace_all(
        '"', '\\"', literal=True
    )
    return "{" + ('"' + quoted + '"').str.join(",").item() + "}"


def csv(rows: pl.DataFrame) -> bytes:
    """Rows as CSV without a header, written straight to bytes (no text object in between)."""
    out = io.BytesIO()
    rows.write_csv(out, include_header=False)
    return out.getvalue()


async def in_one_piece(data: bytes) -> AsyncIterator[bytes]:
    """COPY input as one async piece: asyncpg reads a file-like source from the default thread
    pool, whose threads each keep a malloc arena (the process's memory then grew with the feed)."""
    yield data
