"""A CSV feed reads the same whichever way a block is split: polars' reader for blocks of exact
lines, the line-by-line split for other plain blocks, the csv module for the rest."""

import csv
import io
import random
from pathlib import Path

import pytest

from verification.feeds.reader import read_feed

HEADER = ["source", "source_record_id", "id_number", "kind", "type", "amount_yuan", "date"]
VALUES = ["medical_insurance", "k1", " spaced ", "", "中文", "12.50", "2024-01-31", "x" * 30]


def _line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.04:
        return ""  # an empty line: skipped
    fields = [rng.choice(VALUES) for _ in HEADER]
    if roll < 0.08:
        fields.append("extra")  # one field too many
    elif roll < 0.12:
        fields.pop()  # one too few
    elif roll < 0.14:
        fields[1] = '"quoted, with a comma"'
    return ",".join(fields)


def _expected(text: str) -> tuple[list[tuple[object, ...]], list[int]]:
    """Rows (line first) and the lines refused, as the csv module reads the file."""
    rows, refused = [], []
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    for fields in reader:
        if not fields:
            continue
        if len(fields) != len(HEADER):
            refused.append(reader.line_num)
        else:
            rows.append((reader.line_num, *fields))
    return rows, refused


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize("batch_rows", [1, 7, 50, 10_000])
def test_every_way_of_splitting_a_block_reads_the_same(
    tmp_path: Path, batch_rows: int, line_end: str
) -> None:
    rng = random.Random(batch_rows)
    lines = [",".join(HEADER)] + [_line(rng) for _ in range(600)]
    lines[200:260] = [",".join(rng.choice(VALUES) for _ in HEADER) for _ in range(60)]  # clean run
    text = line_end.join(lines) + line_end
    feed = tmp_path / "feed.csv"
    feed.write_bytes(text.encode())
    rows, refused = [], []
    for chunk in read_feed(feed, format="csv", compressed=False, batch_rows=batch_rows):
        rows.extend(chunk.frame.select("line", *HEADER).iter_rows())
        refused.extend(line for line, field, _ in chunk.errors if field == "line")
        assert not chunk.rows
    want_rows, want_refused = _expected(text)
    assert sorted(rows) == want_rows
    assert sorted(refused) == want_refused
