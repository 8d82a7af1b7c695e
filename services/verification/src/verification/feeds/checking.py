"""Checks a chunk of feed rows at once by the rules of records.rows, and shapes them for staging.

Rows that plainly pass (nearly all of a real feed) are checked column by column with polars; every
other row goes through RowValidator one at a time, which words its errors. The column-wise rule
accepts only rows RowValidator accepts, and yields the same stored values and content hash, so
which path a row took never shows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
_CACHE_LIMIT = 200_000  # people remembered per job: memory stays flat on feeds of millions
_ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_PLAIN_AMOUNT = r"^[0-9]{1,12}(\.[0-9]{1,2})?$"  # below MAX_AMOUNT, at most two decimals
_PLAIN_ID = r"^[0-9]{17}[0-9Xx]$"
_KNOWN_SCHEMA = {"raw": pl.String, "person_index": pl.String, "number": pl.String}
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass
class CheckedChunk:
    """A chunk ready to stage: accepted rows (text columns), row errors, people met for the first time."""

    staged: pl.DataFrame
    errors: list[LineError] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (blind index, ID ciphertext)
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
        # Bounded memories of the job: raw resident ID → blind index and normalized ID (valid IDs
        # only), and the people already handed out for record_subject.
        self._known = pl.DataFrame(schema=_KNOWN_SCHEMA)
        self._emitted = pl.DataFrame(schema={"person_index": pl.String})
        # Whether every source's record ids have come strictly ascending so far: then the feed has
        # no repeated key and is in key order per source, and the merge need not sort it.
        self.in_key_order = True
        self._last_keys = pl.DataFrame(schema={"source": pl.String, "last": pl.String})

    def check(self, chunk: FeedChunk) -> CheckedChunk:
        flagged = chunk.frame.with_columns(plain=self._plain_rule())
        plain = self._with_people(flagged.filter(pl.col("plain")))
        accepted = plain.filter(pl.col("person_index").is_not_null())
        others = pl.concat(
            [
                flagged.filter(~pl.col("plain")).drop("plain"),
                plain.filter(pl.col("person_index").is_null())
                .select(flagged.columns)
                .drop("plain"),
            ]
        )
        result = CheckedChunk(staged=self._staged(accepted), errors=list(chunk.errors))
        result.people = self._new_people(accepted)
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

    def _with_people(self, plain: pl.DataFrame) -> pl.DataFrame:
        """Adds each row's blind index and normalized resident ID (null where the ID fails)."""
        ids = plain.select(pl.col("id_number").unique()).join(
            self._known, left_on="id_number", right_on="raw", how="left"
        )
        unseen = ids.filter(pl.col("person_index").is_null()).select(raw="id_number")
        known = ids.filter(pl.col("person_index").is_not_null()).rename({"id_number": "raw"})
        if not unseen.is_empty():
            valid = unseen.with_columns(number=pl.col("raw").str.to_uppercase()).filter(
                self._id_rule()
            )
            # The blind index (RowValidator.index_of: HMAC-SHA256 of the normalized ID, in hex),
            # computed column-wise.
            index = plh.col("number").chash.hmac_sha256(key=self.validator.pii_key)
            met = valid.select("raw", index.alias("person_index"), "number")
            known = pl.concat([known, met])
            self._known = _bounded(self._known, met)
        return plain.join(known, left_on="id_number", right_on="raw", how="left")

    def _id_rule(self) -> pl.Expr:
        """resident_id.parse for IDs of 17 digits and a check character: address, birth, checksum."""
        number = pl.col("number")
        total = pl.sum_horizontal(
            [number.str.slice(i, 1).cast(pl.Int32) * w for i, w in enumerate(_WEIGHTS)]
        )
        born = number.str.slice(6, 8).str.to_date("%Y%m%d", strict=False)
        return (
            (number.str.slice(0, 1) != "0")
            & (born <= self.today)
            & (born.dt.year() >= 1)
            & (pl.lit("10X98765432").str.slice(total % 11, 1) == number.str.slice(17, 1))
        ).fill_null(False)

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
        fingerprints = staged.select(
            pl.concat_str(
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
        ).to_series()
        blake2b = hashlib.blake2b
        hashes = [blake2b(t.encode(), digest_size=16).hexdigest() for t in fingerprints]
        return staged.with_columns(content_hash=pl.Series(hashes, dtype=pl.String)).cast(
            STAGING_SCHEMA
        )

    def _new_people(self, accepted: pl.DataFrame) -> list[tuple[str, str]]:
        """(blind index, ID ciphertext) of the people of accepted rows not handed out before."""
        fresh = (
            accepted.select("person_index", "number")
            .unique("person_index")
            .join(self._emitted, on="person_index", how="anti")
        )
        self._emitted = _bounded(self._emitted, fresh.select("person_index"))
        ciphers = self.validator.cipher.encrypt_many(fresh.get_column("number").to_list())
        return list(zip(fresh.get_column("person_index").to_list(), ciphers, strict=True))

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
        people: list[tuple[str, str]] = []
        for line, row in pending:
            checked = self.validator.validate(row)
            if isinstance(checked, ValidRow):
                valid.append(_staging_row(line, checked))
                raw = str(row.get("id_number")).strip()
                people.append(
                    (checked.person_index, resident_id.parse(raw, today=self.today).number)
                )
            else:
                result.errors.extend((line, name, reason) for name, reason in checked)
        self.validator.new_people.clear()  # people are handed out once their rows are accepted
        if valid:
            result.staged = pl.concat([result.staged, pl.DataFrame(valid, schema=STAGING_SCHEMA)])
            frame = pl.DataFrame(people, schema=["person_index", "number"], orient="row")
            result.people.extend(self._new_people(frame))


def _bounded(memory: pl.DataFrame, more: pl.DataFrame) -> pl.DataFrame:
    """The memory with `more` added; forgotten when full (it is only a shortcut).

    `more` is copied value by value: its text may be views into the buffers of a whole chunk,
    which it would otherwise keep alive (memory then grew with the feed, ~5 MB a chunk).
    """
    more = pl.DataFrame(
        {name: more.get_column(name).to_list() for name in more.columns}, schema=more.schema
    )
    if memory.height + more.height > _CACHE_LIMIT:
        return more
    return pl.concat([memory, more])


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
