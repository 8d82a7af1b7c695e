"""Reads a spooled feed file as a stream of (line, row or errors): NDJSON or CSV, gzip or plain.

Memory stays flat: the file is read line by line. A line that is not UTF-8, not JSON, or has the wrong
number of CSV fields is a row error; a truncated gzip or a CSV header missing columns fails the feed.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from verification.records import catalog

GZIP_MAGIC = b"\x1f\x8b"
RowOrErrors = tuple[int, dict[str, Any] | None, list[tuple[str, str]]]


class FeedUnreadable(Exception):
    """The feed as a whole cannot be read; the job fails and nothing from it is stored."""

    def __init__(self, line: int, field: str, reason: str) -> None:
        super().__init__(reason)
        self.line, self.field, self.reason = line, field, reason


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def _open(path: Path, compressed: bool) -> IO[bytes]:
    if compressed:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


_DAMAGED = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


class _Lines:
    """Decoded lines of a binary stream; remembers the current line number and bad encodings."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.line = 0
        self.bad: list[int] = []

    def __iter__(self) -> Iterator[str]:
        try:
            for raw in self.stream:
                self.line += 1
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    self.bad.append(self.line)
        except _DAMAGED as exc:
            raise FeedUnreadable(
                self.line + 1, "body", f"the gzip stream is damaged or truncated: {exc}"
            ) from exc


_ENCODING_ERROR = [("line", "the line is not valid UTF-8")]


def read_ndjson(path: Path, compressed: bool) -> Iterator[RowOrErrors]:
    with _open(path, compressed) as stream:
        lines = _Lines(stream)
        for text in lines:
            while lines.bad:
                yield lines.bad.pop(0), None, _ENCODING_ERROR
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except ValueError as exc:
                yield lines.line, None, [("line", f"not valid JSON: {exc}")]
                continue
            if not isinstance(row, dict):
                yield lines.line, None, [("line", "each line must be one JSON object")]
                continue
            yield lines.line, row, []
        while lines.bad:
            yield lines.bad.pop(0), None, _ENCODING_ERROR


def _is_utf8(fields: list[str]) -> bool:
    # Undecodable bytes arrive as lone surrogates (errors="surrogateescape"); ASCII is the fast case.
    text = "".join(fields)
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_csv(path: Path, compressed: bool) -> Iterator[RowOrErrors]:
    with _open(path, compressed) as stream:
        # Decoding in large blocks (not line by line); a bad byte marks only its own row.
        text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
        reader = csv.reader(text)
        try:
            first = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FeedUnreadable(1, "header", f"the CSV header cannot be parsed: {exc}") from exc
        except _DAMAGED as exc:
            raise FeedUnreadable(
                1, "body", f"the gzip stream is damaged or truncated: {exc}"
            ) from exc
        if not _is_utf8(first):
            raise FeedUnreadable(1, "header", "the CSV header is not valid UTF-8")
        header = [name.strip().lstrip("\ufeff") for name in first]
        missing = [c for c in catalog.REQUIRED_CSV_COLUMNS if c not in header]
        if missing:
            raise FeedUnreadable(1, "header", f"the CSV header lacks column(s) {missing}")
        unknown = [c for c in header if c not in catalog.FIELDS]
        if unknown:
            raise FeedUnreadable(1, "header", f"the CSV header has unknown column(s) {unknown}")
        width = len(header)
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield reader.line_num, None, [("line", f"not valid CSV: {exc}")]
                continue
            except _DAMAGED as exc:
                raise FeedUnreadable(
                    reader.line_num + 1, "body", f"the gzip stream is damaged or truncated: {exc}"
                ) from exc
            if not fields:
                continue
            if len(fields) != width:
                yield (
                    reader.line_num,
                    None,
                    [("line", f"has {len(fields)} fields; the header names {width}")],
                )
            elif not _is_utf8(fields):
                yield reader.line_num, None, _ENCODING_ERROR
            else:
                yield reader.line_num, dict(zip(header, fields, strict=True)), []


def read_feed(path: Path, *, format: str, compressed: bool) -> Iterator[RowOrErrors]:
    return read_csv(path, compressed) if format == "csv" else read_ndjson(path, compressed)
