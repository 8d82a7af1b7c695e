"""A feed chunk checked column-wise gives exactly what checking its rows one by one gives."""

import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from jiuzhu_kit import resident_id
from jiuzhu_kit.pii import FieldCipher
from verification.feeds.checking import ChunkChecker, _staging_row
from verification.feeds.reader import FRAME_SCHEMA, FeedChunk, read_feed
from verification.records import catalog
from verification.records.rows import RowValidator, ValidRow

TODAY = date(2026, 6, 15)
SOURCES = frozenset({"medical_insurance", "banks", "human_resources", "civil_affairs"})
CIPHER = FieldCipher("test-secret-for-checking")
GOOD_ID = resident_id.make("430211", date(1980, 5, 17), 123)
IDS = [
    GOOD_ID,
    GOOD_ID.lower(),
    resident_id.make("430211", date(1990, 2, 28), 8),
    GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1"),  # checksum fails
    "030211" + GOOD_ID[6:],  # address code starting with 0
    "03021119800517123"
    + resident_id.check_character("03021119800517123"),  # the same, checksum right
    f" {GOOD_ID}",  # needs stripping
    GOOD_ID[:17],
    "43021120991231001" + resident_id.check_character("43021120991231001"),  # born in the future
    "430211199002301234",  # no such day
    "",
]
AMOUNTS = ["12", "12.5", "12.50", "007.5", "0", "", "-1", "1e3", " 5", "12.345", "1.500"]
AMOUNTS += ["999999999999.99", "1000000000000", "+5", ".5", "5.", "abc"]
DATES = ["2024-01-31", "2024-02-30", "0000-01-01", "2024-1-05", "20240105", "2099-01-01"]
DATES += ["", " 2024-01-01", "2026-06-15", "2026-06-16"]
KEYS = ["k", " k", "k ", "", "x" * 100, "x" * 101, "a\tb", "中文", "a,b", 'q"q', "a\\b"]
KINDS_TYPES = [(k, t) for k, types in catalog.TYPES_BY_KIND.items() for t in sorted(types)]
KINDS_TYPES += [("income", "deposit"), ("nonsense", "wage"), ("", "")]


def random_row(rng: random.Random, n: int) -> dict[str, Any]:
    kind, type_ = rng.choice(KINDS_TYPES)
    row = {
        "source": rng.choice([*sorted(SOURCES), "tax", "nowhere", ""]),
        "source_record_id": rng.choice(KEYS) + (str(n) if rng.random() < 0.9 else ""),
        "id_number": rng.choice(IDS),
        "kind": kind,
        "type": type_,
        "amount_yuan": rng.choice(AMOUNTS),
        "date": rng.choice(DATES) if rng.random() < 0.7 else "",
        "period_from": rng.choice(DATES) if rng.random() < 0.5 else "",
        "period_to": rng.choice(DATES) if rng.random() < 0.5 else "",
        "disability_category": rng.choice(["physical", "", "bogus"]),
        "disability_grade": rng.choice(["1", "4", "5", ""]),
    }
    if rng.random() < 0.5:  # a clean row of its kind, so that many take the column-wise path
        row.update(id_number=rng.choice(IDS[:3]), amount_yuan=rng.choice(AMOUNTS[:5]))
        if kind == "income":
            row.update(date="", period_from=rng.choice(DATES[:3]), period_to="2024-01-31")
        else:
            row.update(date=rng.choice(DATES[:3]), period_from="", period_to="")
        if rng.random() < 0.2:
            row["id_number"] = rng.choice(IDS)
    if rng.random() < 0.1:
        row[rng.choice(list(row))] = None
    return row


def validator() -> RowValidator:
    return RowValidator(allowed_sources=SOURCES, pii_key="blind", cipher=CIPHER, today=TODAY)


def test_column_wise_checking_matches_row_by_row_checking() -> None:
    rng = random.Random(20261128)
    rows = [(line, random_row(rng, line)) for line in range(2, 8002)]
    frame = pl.DataFrame(
        [{"line": line, **row} for line, row in rows], schema=FRAME_SCHEMA, orient="row"
    )
    checked = ChunkChecker(validator()).check(FeedChunk(frame))

    one_by_one = validator()
    expected_rows: list[dict[str, Any]] = []
    expected_errors: list[tuple[int, str, str]] = []
    expected_people: set[str] = set()
    for line, row in rows:
        result = one_by_one.validate(row)
        if isinstance(result, ValidRow):
            expected_rows.append(_staging_row(line, result))
            expected_people.add(result.person_index)
        else:
            expected_errors.extend((line, field, reason) for field, reason in result)

    assert 300 < len(expected_rows) < len(rows)  # both paths are exercised
    assert checked.staged.sort("line").to_dicts() == expected_rows
    assert sorted(checked.errors) == sorted(expected_errors)
    assert (checked.accepted, checked.rejected) == (
        len(expected_rows),
        len(rows) - len(expected_rows),
    )
    people = {index: CIPHER.decrypt(cipher) for index, cipher in checked.people.iter_rows()}
    assert set(people) == expected_people and checked.people.height == len(people)
    assert {one_by_one.index_of(number) for number in people.values()} == expected_people
    # Across chunks, each person is handed out once: in the first chunk that names them.
    checker = ChunkChecker(validator())
    halves = [checker.check(FeedChunk(part)) for part in (frame[:4000], frame[4000:])]
    handed_out = pl.concat([half.people for half in halves]).get_column("person_index")
    assert set(handed_out) == expected_people and handed_out.len() == len(expected_people)


def test_a_feed_in_key_order_per_source_is_known_to_be_so() -> None:
    def chunk(keys: list[tuple[str, str]], first_line: int) -> FeedChunk:
        rows = [
            {
                "line": first_line + i,
                "source": source,
                "source_record_id": key,
                "id_number": GOOD_ID,
                "kind": "expenditure",
                "type": "medical_out_of_pocket",
                "amount_yuan": "1.00",
                "date": "2024-01-01",
            }
            for i, (source, key) in enumerate(keys)
        ]
        return FeedChunk(pl.DataFrame(rows).cast({"line": pl.Int64}).pipe(_all_fields))

    checker = ChunkChecker(validator())
    checker.check(chunk([("banks", "a1"), ("medical_insurance", "a0"), ("banks", "a2")], 2))
    checker.check(chunk([("medical_insurance", "a1"), ("banks", "a3")], 5))
    assert checker.in_key_order
    checker.check(chunk([("banks", "a3")], 7))  # a repeated key
    assert not checker.in_key_order


def _all_fields(frame: pl.DataFrame) -> pl.DataFrame:
    missing = [pl.lit(None, pl.String).alias(n) for n in catalog.FIELDS if n not in frame.columns]
    return frame.with_columns(missing).select(list(FRAME_SCHEMA)).cast(FRAME_SCHEMA)


NUMBERS: list[Any] = [12.5, 7, 0, 0.0, -1, 1e3, 12.345, 999999999999.99, 10**30, 2**63, 2**64 - 1]
NUMBERS += [-(2**63) - 1, float("nan"), float("inf"), True, [1], {"yuan": 1}, 1.0000000000000002]


def test_ndjson_numbers_are_checked_as_the_row_checks_read_them(tmp_path: Path) -> None:
    """Lines with JSON numbers (read by orjson, or by the json module where orjson refuses or
    would turn a big integer into a float) come out exactly as checking json.loads' rows does."""
    rng = random.Random(20261129)
    lines: list[str] = []
    for n in range(8_000):
        row: dict[str, Any] = random_row(rng, n)
        if rng.random() < 0.6:  # mostly plain amounts, so that many take the column-wise path
            row["amount_yuan"] = rng.choice(NUMBERS[:4] if rng.random() < 0.6 else NUMBERS)
        if rng.random() < 0.05:
            row[rng.choice(["disability_grade", "source_record_id", "id_number"])] = rng.choice(
                NUMBERS
            )
        lines.append(json.dumps(row, ensure_ascii=rng.random() < 0.5))
    lines[10] = '{"amount_yuan": "1", "kind": "\\ud800"}'  # a lone surrogate: json module only
    feed = tmp_path / "feed.ndjson"
    feed.write_text("\n".join(lines) + "\n")

    checker, staged, errors = ChunkChecker(validator()), [], []
    for chunk in read_feed(feed, format="ndjson", compressed=False, batch_rows=500):
        checked = checker.check(chunk)
        staged.extend(checked.staged.to_dicts())
        errors.extend(checked.errors)

    one_by_one = validator()
    expected_rows: list[dict[str, Any]] = []
    expected_errors: list[tuple[int, str, str]] = []
    for line, text in enumerate(lines, start=1):
        result = one_by_one.validate(json.loads(text))
        if isinstance(result, ValidRow):
            expected_rows.append(_staging_row(line, result))
        else:
            expected_errors.extend((line, field, reason) for field, reason in result)
    assert 300 < len(expected_rows) < len(lines)
    assert sorted(staged, key=lambda r: r["line"]) == expected_rows
    assert sorted(errors) == sorted(expected_errors)
