"""Reads a spooled feed file in chunks of rows: NDJSON or CSV, gzip or plain.

Memory stays flat: the file is read block by block. A line that is not UTF-8, not JSON, or has the
wrong number of CSV fields is a row error; a truncated gzip or a CSV header missing columns fails the
feed. A plain CSV block (no quote, no stray carriage return, valid UTF-8: what machines write) is
split into columns by polars; any other block goes through the csv module record by record, with the
same results.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

import numpy as np
import orjson
import polars as pl

from verification.records import catalog

GZIP_MAGIC = b"\x1f\x8b"
BLOCK_BYTES = 4 << 20
LineError = tuple[int, str, str]
_LF, _CR, _COMMA = ord("\n"), ord("\r"), ord(",")


class FeedUnreadable(Exception):
    """The feed as a whole cannot be read; the job fails and nothing from it is stored."""

    def __init__(self, line: int, field: str, reason: str) -> None:
        super().__init__(reason)
        self.line, self.field, self.reason = line, field, reason


@dataclass
class FeedChunk:
    """Rows read from one block of a feed.

    `frame` holds the rows whose values are all text (a "line" column, then every catalog field as
    text, null where absent); `rows` the others, to be checked one by one; `errors` the lines that
    are not rows at all.
    """

    frame: pl.DataFrame
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.frame.height + len(self.rows) + len(self.errors)


FRAME_SCHEMA = pl.Schema({"line": pl.Int64, **{name: pl.String for name in catalog.FIELDS}})
_ENCODING_ERROR = "the line is not valid UTF-8"
_DAMAGED = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


def empty_frame() -> pl.DataFrame:
    return pl.DataFrame(schema=FRAME_SCHEMA)


def _open(path: Path, compressed: bool) -> IO[bytes]:
    if compressed:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


class _Blocks:
    """Whole lines of a binary stream, handed out in blocks; `line` counts the lines handed out."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.rest = b""
        self.eof = False
        self.line = 0
        self.taken = 0

    def _fill(self) -> None:
        try:
            chunk = self.stream.read(BLOCK_BYTES)
        except _DAMAGED as exc:
            raise FeedUnreadable(
                self.line + 1, "body", f"the gzip stream is damaged or truncated: {exc}"
            ) from exc
        if chunk:
            self.rest += chunk
        else:
            self.eof = True

    def take(self, max_lines: int) -> bytes:
        """Up to `max_lines` whole lines (the file's last line may lack its newline); b"" at the end.

        `taken` is then the number of lines in the block.
        """
        while not self.eof and (len(self.rest) < BLOCK_BYTES or b"\n" not in self.rest):
            self._fill()
        if b"\n" not in self.rest:
            block, self.rest = self.rest, b""
            self.taken = 1 if block else 0
            return block
        ends = np.flatnonzero(np.frombuffer(self.rest, dtype=np.uint8) == _LF)[:max_lines]
        end = int(ends[-1]) + 1
        block, self.rest = self.rest[:end], self.rest[end:]
        self.taken = len(ends)
        return block


def _split_lines(block: bytes) -> list[bytes]:
    lines = block.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines


# ---------------------------------------------------------------------------------------- NDJSON


def read_ndjson(path: Path, compressed: bool, batch_rows: int) -> Iterator[FeedChunk]:
    with _open(path, compressed) as stream:
        blocks = _Blocks(stream)
        while block := blocks.take(batch_rows):
            yield _ndjson_chunk(_split_lines(block), first_line=blocks.line + 1)
            blocks.line += blocks.taken


def _ndjson_chunk(lines: list[bytes], *, first_line: int) -> FeedChunk:
    flat: list[dict[str, Any]] = []
    flat_lines: list[int] = []
    chunk = FeedChunk(empty_frame())
    for number, raw in enumerate(lines, start=first_line):
        try:
            row = orjson.loads(raw)  # strict JSON in valid UTF-8: nearly every line
            strict = True
        except orjson.JSONDecodeError:
            row, strict = _lenient_json(raw, number, chunk.errors), False
            if row is _NOT_A_ROW:
                continue
        if not isinstance(row, dict):
            chunk.errors.append((number, "line", "each line must be one JSON object"))
        elif _TEXT.issuperset(map(type, row.values())):
            flat.append(row)
            flat_lines.append(number)
        elif _SCALARS.issuperset(map(type, row.values())):
            flat.append(_numbers_as_text(row, raw if strict else None))
            flat_lines.append(number)
        else:  # lists, objects, booleans: checked one by one on what the json module reads
            chunk.rows.append((number, json.loads(raw.decode("utf-8")) if strict else row))
    if flat:
        try:
            frame = pl.from_dicts(flat, schema=_TEXT_FIELDS)
        except (UnicodeError, pl.exceptions.PolarsError):  # lone surrogates from \\ud800 escapes
            chunk.rows.extend(zip(flat_lines, flat, strict=True))
        else:
            lines_column = pl.Series("line", flat_lines, dtype=pl.Int64)
            chunk.frame = frame.insert_column(0, lines_column)
    return chunk


_NOT_A_ROW = object()
_TEXT = frozenset({str, type(None)})
_SCALARS = frozenset({str, int, float, type(None)})  # not bool: str(True) is no number
_TEXT_FIELDS = dict.fromkeys(catalog.FIELDS, pl.String)
_INT64_LIMIT = 2.0**63


def _numbers_as_text(row: dict[str, Any], strict_line: bytes | None) -> dict[str, Any]:
    """Numbers as their text: the row checks read every value as str(value), so a row with
    numbers takes the column-wise path with the same outcome (the amount is the usual one).

    orjson reads integers past 64 bits as floats: a line read by it (`strict_line`) with such a
    float is read again by the json module, which keeps them integers.
    """
    amount = row.get("amount_yuan")
    if amount.__class__ is float or amount.__class__ is int:
        if strict_line is not None and abs(amount) >= _INT64_LIMIT:
            return _numbers_as_text(json.loads(strict_line.decode("utf-8")), None)
        row["amount_yuan"] = str(amount)
    if _TEXT.issuperset(map(type, row.values())):
        return row
    if strict_line is not None and any(
        v.__class__ is float and abs(v) >= _INT64_LIMIT for v in row.values()
    ):
        return _numbers_as_text(json.loads(strict_line.decode("utf-8")), None)
    return {k: v if v is None or v.__class__ is str else str(v) for k, v in row.items()}


def _lenient_json(raw: bytes, number: int, errors: list[LineError]) -> Any:
    """What the json module reads in a line orjson refused (NaN, lone surrogates, …), or
    _NOT_A_ROW: blank, or an error recorded."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append((number, "line", _ENCODING_ERROR))
        return _NOT_A_ROW
    if not text.strip():
        return _NOT_A_ROW
    try:
        return json.loads(text)
    except ValueError as exc:
        errors.append((number, "line", f"not valid JSON: {exc}"))
        return _NOT_A_ROW


# ------------------------------------------------------------------------------------------- CSV


class _CsvReader:
    """CSV rows by chunk: the header first (it may be quoted), then plain blocks or csv records."""

    def __init__(self, blocks: _Blocks, batch_rows: int) -> None:
        self.blocks = blocks
        self.batch_rows = batch_rows
        self.header: list[str] = []

    def _text_lines(self, block: bytes) -> list[str]:
        # Undecodable bytes arrive as lone surrogates, so a bad byte marks only its own row; lines
        # end at \n, \r or \r\n, as a file opened with newline="" reads them.
        return io.StringIO(block.decode("utf-8", "surrogateescape"), newline="").readlines()

    def read_header(self) -> bool:
        """Reads and checks the header; False for an empty feed."""
        reader = csv.reader(self._more_lines())
        try:
            first = next(reader)
        except StopIteration:
            return False
        except csv.Error as exc:
            raise FeedUnreadable(1, "header", f"the CSV header cannot be parsed: {exc}") from exc
        self.blocks.line = reader.line_num
        if not _is_utf8(first):
            raise FeedUnreadable(1, "header", "the CSV header is not valid UTF-8")
        header = [name.strip().lstrip("\ufeff") for name in first]
        missing = [c for c in catalog.REQUIRED_CSV_COLUMNS if c not in header]
        if missing:
            raise FeedUnreadable(1, "header", f"the CSV header lacks column(s) {missing}")
        unknown = [c for c in header if c not in catalog.FIELDS]
        if unknown:
            raise FeedUnreadable(1, "header", f"the CSV header has unknown column(s) {unknown}")
        self.header = header
        return True

    def _more_lines(self) -> Iterator[str]:
        """Lines after the current block, one at a time (a quoted field may run on)."""
        while line := self.blocks.take(1):
            yield from self._text_lines(line)

    def chunks(self) -> Iterator[FeedChunk]:
        plain_header = len(set(self.header)) == len(self.header)
        while block := self.blocks.take(self.batch_rows):
            plain = _plain_block(block) if plain_header else None
            if plain is not None:
                first_line, lines = self.blocks.line + 1, self.blocks.taken
                yield self._exact_chunk(plain, lines, first_line=first_line) or self._plain_chunk(
                    plain.replace(b"\r\n", b"\n").decode("utf-8"), first_line=first_line
                )
                self.blocks.line += lines
            else:
                yield self._record_chunk(self._text_lines(block))

    def _exact_chunk(self, block: bytes, lines: int, *, first_line: int) -> FeedChunk | None:
        """A plain block whose every line has exactly the header's fields, split by polars' CSV
        reader; None if some line has not (then each line is counted, and the odd ones reported).

        As many separators as the lines need in all, and no line with more (the reader refuses
        those), means none has fewer either; an empty line has none, so never passes.
        """
        commas = np.count_nonzero(np.frombuffer(block, dtype=np.uint8) == _COMMA)
        if commas != (len(self.header) - 1) * lines:
            return None
        try:
            frame = pl.read_csv(
                block,
                has_header=False,
                new_columns=self.header,
                schema=dict.fromkeys(self.header, pl.String),
                quote_char=None,
                empty_string_is_null=False,
                truncate_ragged_lines=False,
                row_index_name="line",
                row_index_offset=first_line,
            )
        except pl.exceptions.PolarsError:
            return None
        if frame.height != lines:
            return None
        return FeedChunk(_with_all_fields(frame))

    def _plain_chunk(self, text: str, *, first_line: int) -> FeedChunk:
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        width = len(self.header)
        frame = (
            pl.DataFrame({"text": pl.Series(lines, dtype=pl.String)})
            .with_row_index("line", offset=first_line)
            .with_columns(pl.col("line").cast(pl.Int64))
            .filter(pl.col("text") != "")  # csv skips empty lines
            .with_columns(commas=pl.col("text").str.count_matches(",", literal=True))
        )
        wrong = frame.filter(pl.col("commas") != width - 1)
        errors = [
            (line, "line", f"has {commas + 1} fields; the header names {width}")
            for line, commas in wrong.select("line", "commas").iter_rows()
        ]
        rows = (
            frame.filter(pl.col("commas") == width - 1)
            .select(
                "line",
                pl.col("text")
                .str.split_exact(",", width - 1)
                .struct.rename_fields(self.header)
                .alias("fields"),
            )
            .unnest("fields")
        )
        return FeedChunk(_with_all_fields(rows), errors=errors)

    def _record_chunk(self, lines: list[str]) -> FeedChunk:
        """Records of a block that is not plain, through the csv module; a quoted field that runs
        past the block's end pulls the following lines in."""
        taken = 0

        def source() -> Iterator[str]:
            nonlocal taken
            while taken < len(lines):
                taken += 1
                yield lines[taken - 1]
            yield from self._more_lines()

        reader = csv.reader(source())
        base = self.blocks.line
        width = len(self.header)
        chunk = FeedChunk(empty_frame())
        records: list[tuple[int, list[str]]] = []
        while taken < len(lines):
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                chunk.errors.append((base + reader.line_num, "line", f"not valid CSV: {exc}"))
                continue
            line = base + reader.line_num
            if not fields:
                continue
            if len(fields) != width:
                chunk.errors.append(
                    (line, "line", f"has {len(fields)} fields; the header names {width}")
                )
            elif not _is_utf8(fields):
                chunk.errors.append((line, "line", _ENCODING_ERROR))
            else:
                records.append((line, fields))
        self.blocks.line = base + reader.line_num
        if records:
            columns: dict[str, list[Any]] = {"line": [line for line, _ in records]}
            for i, name in enumerate(self.header):  # a repeated column: the last one wins
                columns[name] = [fields[i] for _, fields in records]
            chunk.frame = _with_all_fields(pl.DataFrame(columns))
        return chunk


def _plain_block(block: bytes) -> bytes | None:
    """The block if plain CSV splits it exactly as the csv module would (no quote, no NUL, no
    carriage return but before a line feed, no byte-order mark, valid UTF-8), else None."""
    if b'"' in block or b"\x00" in block or block.startswith(codecs.BOM_UTF8):
        return None
    if b"\r" in block:
        data = np.frombuffer(block, dtype=np.uint8)
        returns = np.flatnonzero(data == _CR)
        if returns[-1] + 1 == len(data) or (data[returns + 1] != _LF).any():
            return None
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return block


def _with_all_fields(frame: pl.DataFrame) -> pl.DataFrame:
    missing = [pl.lit(None, pl.String).alias(n) for n in catalog.FIELDS if n not in frame.columns]
    return frame.with_columns(missing).select(list(FRAME_SCHEMA)).cast(FRAME_SCHEMA)


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


def read_csv(path: Path, compressed: bool, batch_rows: int) -> Iterator[FeedChunk]:
    with _open(path, compressed) as stream:
        reader = _CsvReader(_Blocks(stream), batch_rows)
        if reader.read_header():
            yield from reader.chunks()


def read_feed(path: Path, *, format: str, compressed: bool, batch_rows: int) -> Iterator[FeedChunk]:
    if format == "csv":
        return read_csv(path, compressed, batch_rows)
    return read_ndjson(path, compressed, batch_rows)
