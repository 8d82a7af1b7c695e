"""Checks a chunk of feed rows at once by the rules of records.rows, and shapes them for staging.

Rows that plainly pass (nearly all of a real feed) are checked column by column with polars; every
other row goes through RowValidator one at a time, which words its errors. The column-wise rule
accepts only rows RowValidator accepts, and yields the same stored values and content hash, so
which path a row took never shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import polars as pl
import polars_hash as plh

from jiuzhu_kit import resident_id
from verification.feeds.reader import FeedChunk, LineError
from verification.records import catalog
from verification.records.rows import RowValidator, ValidRow

STAGING_COLUMNS = (
    "line",
    "source",
    "source_record_id",
    "person_index",
    "kind",
    "type",
    "amount_yuan",
    "effective_on",
    "period_from",
    "period_to",
    "attributes",
    "content_hash",
)
STAGING_SCHEMA = pl.Schema(
    {name: pl.Int64 if name == "line" else pl.String for name in STAGING_COLUMNS}
)
PEOPLE_COLUMNS = ("person_index", "id_cipher")
_no_people = pl.DataFrame(schema=dict.fromkeys(PEOPLE_COLUMNS, pl.String))
_CACHE_LIMIT = 200_000  # people remembered per job: memory stays flat on feeds of millions
_ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_PLAIN_AMOUNT = r"^[0-9]{1,12}(\.[0-9]{1,2})?$"  # below MAX_AMOUNT, at most two decimals
_PLAIN_ID = r"^[0-9]{17}[0-9Xx]$"
_WEIGHTS = np.array((7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), dtype=np.int64)
_DIGIT_ZERO_TOTAL = ord("0") * int(_WEIGHTS.sum())  # the weighted sum of the digits' byte values
_CHECK_CHARACTERS = np.frombuffer(b"10X98765432", dtype=np.uint8)


@dataclass
class CheckedChunk:
    """A chunk ready to stage: accepted rows (text columns), row errors, people met for the first time."""

    staged: pl.DataFrame
    errors: list[LineError] = field(default_factory=list)
    people: pl.DataFrame = field(default_factory=lambda: _no_people)  # PEOPLE_COLUMNS
    accepted: int = 0
    rejected: int = 0


def _blank(name: str) -> pl.Expr:
    return pl.col(name).is_null() | (pl.col(name) == "")


def _iso_date(name: str) -> pl.Expr:
    value = pl.col(name)
    return pl.when(value.str.contains(_ISO_DATE)).then(value.str.to_date("%Y-%m-%d", strict=False))


class ChunkChecker:
    """Checks the chunks of one job for one writer, remembering people across chunks (bounded)."""

    def __init__(self, validator: RowValidator) -> None:
        self.validator = validator
        self.today: date = validator.today
        self._sources = sorted(validator.allowed_sources & catalog.SOURCES)
        self._kind_types = sorted(
            f"{kind}|{type_}"
            for kind, types in catalog.TYPES_BY_KIND.items()
            for type_ in types
            if type_ != "disability_certificate"  # its attributes need the row-by-row check
        )
        # A bounded memory of the job: the people already handed out for record_subject, as the
        # 17-digit numbers of their resident IDs.
        self._emitted = pl.Series("number", dtype=pl.Int64)
        # True until that memory is first cut short: till then no person is handed out twice.
        self.people_once = True
        # Whether every source's record ids have come strictly ascending so far: then the feed has
        # no repeated key and is in key order per source, and the merge need not sort it.
        self.in_key_order = True
        self._last_keys = pl.DataFrame(schema={"source": pl.String, "last": pl.String})

    def check(self, chunk: FeedChunk) -> CheckedChunk:
        flagged = chunk.frame.with_columns(plain=self._plain_rule())
        plain = flagged.filter(pl.col("plain")).with_columns(
            number=pl.col("id_number").str.to_uppercase()
        )
        # Each plain row's resident ID is checked and blind-indexed where it stands: that costs
        # less than looking it up among the people met so far.
        valid_id = self._id_rule(plain.get_column("number"))
        index = plh.col("number").chash.hmac_sha256(key=self.validator.pii_key)
        accepted = plain.filter(valid_id).with_columns(person_index=index)
        others = pl.concat(
            [
                flagged.filter(~pl.col("plain")).drop("plain"),
                plain.filter(~valid_id).drop("plain", "number"),
            ]
        )
        result = CheckedChunk(staged=self._staged(accepted), errors=list(chunk.errors))
        result.people = self._new_people(accepted.get_column("number"))
        self._check_one_by_one(others, chunk.rows, result)
        result.accepted = result.staged.height
        result.rejected = chunk.read - result.accepted
        if self.in_key_order:
            self._follow_key_order(result.staged)
        return result

    def _follow_key_order(self, staged: pl.DataFrame) -> None:
        """Keeps `in_key_order` true while each source's ids keep rising (compared as bytes, the
        order of a C collation), from one chunk to the next too."""
        keys = staged.select("line", "source", "source_record_id").sort("line")
        rising = keys.select(
            (pl.col("source_record_id") > pl.col("source_record_id").shift(1).over("source"))
            .fill_null(True)
            .all()
        ).item()
        ends = keys.group_by("source").agg(
            first=pl.col("source_record_id").first(), last=pl.col("source_record_id").last()
        )
        joined = ends.join(self._last_keys, on="source", how="left")
        carried_on = joined.select(
            (pl.col("first") > pl.col("last_right")).fill_null(True).all()
        ).item()
        self.in_key_order = bool(rising and carried_on)
        self._last_keys = pl.concat(
            [self._last_keys.join(ends, on="source", how="anti"), ends.select("source", "last")]
        )

    # Column-wise rule: the fast path of RowValidator._common, for rows that need no normalizing.
    def _plain_rule(self) -> pl.Expr:
        kind, key, amount = pl.col("kind"), pl.col("source_record_id"), pl.col("amount_yuan")
        start, end = _iso_date("period_from"), _iso_date("period_to")
        on = _iso_date("date")
        dates = (
            pl.when(kind == "income")
            .then(
                _blank("date")
                & (start <= end)
                & (end <= self.today)
                & (start.dt.year() >= 1)  # polars reads year 0, Python's date does not
            )
            .otherwise(
                _blank("period_from")
                & _blank("period_to")
                & (on <= self.today)
                & (on.dt.year() >= 1)
            )
        )
        return (
            pl.col("source").is_in(self._sources)
            & pl.concat_str([kind, pl.col("type")], separator="|").is_in(self._kind_types)
            & key.str.len_chars().is_between(1, 100)
            & ~key.str.contains(r"^[\x00-\x20]|[\x00-\x20]$")
            & pl.col("id_number").str.contains(_PLAIN_ID)
            & pl.when(_blank("amount_yuan"))
            .then(kind == "life_event")
            .otherwise(amount.str.contains(_PLAIN_AMOUNT))
            & dates
        ).fill_null(False)

    def _id_rule(self, numbers: pl.Series) -> pl.Series:
        """resident_id.parse for the plain rule's IDs (17 digits and a check character, upper
        case): address, birth date, checksum. The checksum by numpy over the IDs' bytes."""
        if numbers.is_empty():
            return pl.Series(dtype=pl.Boolean)
        raw = np.frombuffer(numbers.str.join("").item().encode("ascii"), dtype=np.uint8)
        raw = raw.reshape(-1, 18)
        total = raw[:, :17].astype(np.int64) @ _WEIGHTS - _DIGIT_ZERO_TOTAL
        checked = (_CHECK_CHARACTERS[total % 11] == raw[:, 17]) & (raw[:, 0] != ord("0"))
        born = numbers.str.slice(6, 8).str.to_date("%Y%m%d", strict=False)
        lived = ((born <= self.today) & (born.dt.year() >= 1)).fill_null(False)
        return lived & pl.Series(checked)

    def _staged(self, accepted: pl.DataFrame) -> pl.DataFrame:
        """Accepted rows as stored: amounts in canonical form (what str(Decimal) gives), the
        effective date, income periods only for incomes, and the content hash."""
        income = pl.col("kind") == "income"
        staged = accepted.select(
            "line",
            "source",
            "source_record_id",
            "person_index",
            "kind",
            "type",
            pl.when(_blank("amount_yuan"))
            .then(None)
            .otherwise(pl.col("amount_yuan").cast(pl.Decimal(14, 2)).cast(pl.String))
            .alias("amount_yuan"),
            pl.when(income)
            .then(pl.col("period_to"))
            .otherwise(pl.col("date"))
            .alias("effective_on"),
            pl.when(income).then(pl.col("period_from")).alias("period_from"),
            pl.when(income).then(pl.col("period_to")).alias("period_to"),
            pl.lit(None, pl.String).alias("attributes"),
        )
        # records.rows.content_hash of the fingerprint records.rows._fingerprint makes.
        fingerprint = pl.concat_str(
            [
                "person_index",
                "kind",
                "type",
                pl.col("amount_yuan").fill_null("None"),
                "effective_on",
                pl.col("period_from").fill_null("None"),
                pl.col("period_to").fill_null("None"),
                pl.lit(""),
            ],
            separator="|",
        )
        hashed = plh.col("content_hash").chash.sha2_256().str.slice(0, 32)
        return (
            staged.with_columns(content_hash=fingerprint)
            .with_columns(hashed.alias("content_hash"))
            .cast(STAGING_SCHEMA)
        )

    def _new_people(self, numbers_met: pl.Series) -> pl.DataFrame:
        """(blind index, ID ciphertext) of the people of accepted rows (their normalized resident
        IDs) not handed out before."""
        met = numbers_met.unique().alias("number")
        # A person as a number: the ID's 17 digits (its check character follows from them), which
        # polars compares far faster than text (Python sets of the IDs took 1.5 s a 1M-row feed).
        as_numbers = met.str.slice(0, 17).cast(pl.Int64)
        known = as_numbers.is_in(self._emitted.implode())
        fresh = met.filter(~known)
        if self._emitted.len() + fresh.len() > _CACHE_LIMIT:
            # Only a shortcut: a person handed out again is stored once (through staging).
            self._emitted = as_numbers
            self.people_once = False
        else:
            self._emitted.append(as_numbers.filter(~known))
        ciphers = self.validator.cipher.encrypt_many(fresh.to_list())
        return fresh.to_frame().select(
            plh.col("number").chash.hmac_sha256(key=self.validator.pii_key).alias("person_index"),
            pl.Series("id_cipher", ciphers, dtype=pl.String),
        )

    def _check_one_by_one(
        self,
        others: pl.DataFrame,
        rows: list[tuple[int, dict[str, Any]]],
        result: CheckedChunk,
    ) -> None:
        """RowValidator for the rows the column-wise rule did not take; errors worded there."""
        pending = [
            (line, {k: v for k, v in row.items() if k != "line"})
            for line, row in zip(
                others.get_column("line").to_list(), others.iter_rows(named=True), strict=True
            )
        ]
        pending.extend(rows)
        valid: list[dict[str, Any]] = []
        numbers: list[str] = []
        for line, row in pending:
            checked = self.validator.validate(row)
            if isinstance(checked, ValidRow):
                valid.append(_staging_row(line, checked))
                raw = str(row.get("id_number")).strip()
                numbers.append(resident_id.parse(raw, today=self.today).number)
            else:
                result.errors.extend((line, name, reason) for name, reason in checked)
        self.validator.new_people.clear()  # people are handed out once their rows are accepted
        if valid:
            result.staged = pl.concat([result.staged, pl.DataFrame(valid, schema=STAGING_SCHEMA)])
            result.people = pl.concat(
                [result.people, self._new_people(pl.Series(numbers, dtype=pl.String))]
            )


def _staging_row(line: int, row: ValidRow) -> dict[str, Any]:
    return {
        "line": line,
        "source": row.source,
        "source_record_id": row.source_record_id,
        "person_index": row.person_index,
        "kind": row.kind,
        "type": row.type,
        "amount_yuan": None if row.amount_yuan is None else str(row.amount_yuan),
        "effective_on": row.effective_on.isoformat(),
        "period_from": None if row.period_from is None else row.period_from.isoformat(),
        "period_to": None if row.period_to is None else row.period_to.isoformat(),
        "attributes": row.attributes,
        "content_hash": row.content_hash,
    }
