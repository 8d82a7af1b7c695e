"""Validation of one partner record, shared by the single-record API and bulk feeds.

A row comes in as text fields; it leaves as a `ValidRow` ready to store (resident ID replaced by its
blind index and ciphertext) or as a list of `(field, reason)` errors. Pure Python, no database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from jiuzhu_kit import pii, resident_id
from verification.records import catalog

SHANGHAI = ZoneInfo("Asia/Shanghai")
MAX_AMOUNT = Decimal("1000000000000")
_CENT = Decimal("0.01")
_ID_CACHE_LIMIT = 200_000  # bounded so a feed of millions of people keeps memory flat

FieldError = tuple[str, str]


def today_in_china() -> date:
    return datetime.now(SHANGHAI).date()


class ValidRow(NamedTuple):
    """A record that passed every rule, in the shape the tables store (and the staging COPY takes)."""

    source: str
    source_record_id: str
    person_index: str
    kind: str
    type: str
    amount_yuan: Decimal | None
    effective_on: date
    period_from: date | None
    period_to: date | None
    attributes: str | None  # JSON text (life-event details) or None
    content_hash: str


class RowValidator:
    """Validates rows for one writer (its allowed sources) with a bounded resident-ID cache."""

    def __init__(
        self,
        *,
        allowed_sources: frozenset[str],
        pii_key: str,
        cipher: pii.FieldCipher,
        today: date | None = None,
    ) -> None:
        self.allowed_sources = allowed_sources
        self.pii_key = pii_key
        self.cipher = cipher
        self.today = today or today_in_china()
        # Bounded caches (raw ID → blind index, or → why it is invalid): memory stays flat.
        self._ids: dict[str, str] = {}
        self._invalid_ids: dict[str, str] = {}
        # (blind index, ciphertext) of each person met since the caller last drained this list.
        self.new_people: list[tuple[str, str]] = []
        self._sources = allowed_sources & catalog.SOURCES
        self._key = pii_key.encode("utf-8")

    def _person(self, raw: str) -> tuple[str | None, str]:
        """(blind index, "") for a valid ID, or (None, the reason it is invalid)."""
        index = self._ids.get(raw)
        if index is not None:
            return index, ""
        reason = self._invalid_ids.get(raw)
        if reason is not None:
            return None, reason
        try:
            number = resident_id.parse(raw, today=self.today).number
        except resident_id.InvalidResidentId as exc:
            if len(self._invalid_ids) >= _ID_CACHE_LIMIT:
                self._invalid_ids.clear()
            self._invalid_ids[raw] = str(exc)
            return None, str(exc)
        index = self.index_of(number)
        self.new_people.append((index, self.cipher.encrypt(number)))
        if len(self._ids) >= _ID_CACHE_LIMIT:
            self._ids.clear()
        self._ids[raw] = index
        return index, ""

    def index_of(self, number: str) -> str:
        """The blind index of a parsed, valid resident ID.

        A parsed ID is already in blind_index's normal form (ASCII, upper case, no spaces), so the
        keyed hash is taken directly (one-shot HMAC in C): the same value, without per-character
        work.
        """
        return hmac.digest(self._key, number.encode("ascii"), "sha256").hex()

    def _date(self, value: str | None, field: str, errors: list[FieldError]) -> date | None:
        if not value:
            return None
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            errors.append((field, f"{value!r} is not a date (YYYY-MM-DD)"))
            return None
        if parsed > self.today:
            errors.append((field, f"{parsed.isoformat()} is in the future"))
            return None
        return parsed

    def validate(self, row: Mapping[str, Any]) -> ValidRow | list[FieldError]:
        """The row as stored, or every (field, reason) it breaks."""
        return self._common(row) or self._full(row)

    def _common(self, row: Mapping[str, Any]) -> ValidRow | None:
        """Fast path for clean rows (bulk feeds are mostly these); anything unusual → None.

        It accepts only what `_full` would accept and produces the same row, so the full check runs
        only for rows that may need an error message or normalization.
        """
        try:
            source, key, raw_id = row["source"], row["source_record_id"], row["id_number"]
            kind, type_ = row["kind"], row["type"]
            if (
                source not in self._sources
                or type_ not in catalog.TYPES_BY_KIND.get(kind, ())
                or type_ == "disability_certificate"
                or key.__class__ is not str
                or not 0 < len(key) <= 100
                or key[0] <= " "
                or key[-1] <= " "
            ):
                return None
            index = self._ids.get(raw_id)
        except (KeyError, TypeError):  # a missing field, or a JSON list where text belongs
            return None
        if index is None:
            if raw_id.__class__ is not str:
                return None
            index = self._person(raw_id)[0]  # a person met for the first time
            if index is None:
                return None
        amount_text = row.get("amount_yuan")
        amount: Decimal | None
        period_from: date | None
        period_to: date | None
        try:
            if amount_text is not None and amount_text != "":  # a number 0 is an amount too
                value = Decimal(amount_text)
                if not (0 <= value < MAX_AMOUNT) or value != value.quantize(_CENT):
                    return None
                amount = value.quantize(_CENT)
            elif kind == "life_event":
                amount = None
            else:
                return None
            if kind == "income":
                if row.get("date"):
                    return None
                period_from = date.fromisoformat(row["period_from"])
                period_to = date.fromisoformat(row["period_to"])
                if not period_from <= period_to <= self.today:
                    return None
                effective_on = period_to
            else:
                if row.get("period_from") or row.get("period_to"):
                    return None
                effective_on = date.fromisoformat(row["date"])
                if effective_on > self.today:
                    return None
                period_from = period_to = None
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return None
        return ValidRow(
            source,
            key,
            index,
            kind,
            type_,
            amount,
            effective_on,
            period_from,
            period_to,
            None,
            _fingerprint(index, kind, type_, amount, effective_on, period_from, period_to, None),
        )

    def _full(self, row: Mapping[str, Any]) -> ValidRow | list[FieldError]:
        errors: list[FieldError] = []
        source = _text(row.get("source"))
        if not source:
            errors.append(("source", "is required"))
        elif source not in catalog.SOURCES:
            errors.append(("source", f"unknown source {source!r}"))
        elif source not in self.allowed_sources:
            errors.append(("source", f"this partner may not write source {source!r}"))
        record_id = _text(row.get("source_record_id"))
        if not record_id:
            errors.append(("source_record_id", "is required"))
        elif len(record_id) > 100:
            errors.append(("source_record_id", "is longer than 100 characters"))
        raw_id = _text(row.get("id_number"))
        index, reason = self._person(raw_id) if raw_id else (None, "is required")
        if index is None:
            errors.append(("id_number", reason))
        kind = _text(row.get("kind"))
        type_ = _text(row.get("type"))
        allowed_types = catalog.TYPES_BY_KIND.get(kind or "")
        if allowed_types is None:
            errors.append(("kind", f"unknown kind {kind!r}; use one of {sorted(catalog.KINDS)}"))
        elif type_ not in allowed_types:
            errors.append(("type", f"unknown {kind} type {type_!r}"))
        amount = _amount(row.get("amount_yuan"), errors)
        on = self._date(_text(row.get("date")), "date", errors)
        period_from = self._date(_text(row.get("period_from")), "period_from", errors)
        period_to = self._date(_text(row.get("period_to")), "period_to", errors)
        attributes: str | None = None
        effective_on = on
        if kind == "income":
            if period_from is None or period_to is None:
                for field, value in (("period_from", period_from), ("period_to", period_to)):
                    if value is None and not _text(row.get(field)):
                        errors.append((field, "is required for an income record"))
            elif period_from > period_to:
                errors.append(("period_to", "the period ends before it starts"))
            effective_on = period_to
        elif kind in catalog.KINDS and on is None and not _text(row.get("date")):
            errors.append(("date", f"is required for a {kind} record"))
        if (
            kind in ("income", "asset", "expenditure")
            and amount is None
            and not _text(row.get("amount_yuan"))
        ):
            errors.append(("amount_yuan", f"is required for a {kind} record"))
        if type_ == "disability_certificate" and kind == "life_event":
            attributes = _disability(row, errors)
        if errors or index is None or effective_on is None:
            return errors or [("date", "is required")]
        assert source is not None and record_id is not None and kind and type_
        if kind != "income":
            period_from = period_to = None
        return ValidRow(
            source=source,
            source_record_id=record_id,
            person_index=index,
            kind=kind,
            type=type_,
            amount_yuan=amount,
            effective_on=effective_on,
            period_from=period_from,
            period_to=period_to,
            attributes=attributes,
            content_hash=_fingerprint(
                index, kind, type_, amount, effective_on, period_from, period_to, attributes
            ),
        )


def _fingerprint(
    person_index: str,
    kind: str,
    type_: str,
    amount: Decimal | None,
    effective_on: date,
    period_from: date | None,
    period_to: date | None,
    attributes: str | None,
) -> str:
    """What identifies a record's content: a re-sent unchanged record has the same fingerprint."""
    text = "|".join(
        (
            person_index,
            kind,
            type_,
            "None" if amount is None else str(amount),
            effective_on.isoformat(),
            "None" if period_from is None else period_from.isoformat(),
            "None" if period_to is None else period_to.isoformat(),
            attributes or "",
        )
    )
    return content_hash(text)


def content_hash(fingerprint: str) -> str:
    """The first 128 bits of the fingerprint's SHA-256, in hex. Feeds compute the same
    column-wise (feeds.checking), and PostgreSQL can from the stored columns (the migration that
    introduced it)."""
    return hashlib.sha256(fingerprint.encode()).hexdigest()[:32]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _amount(value: Any, errors: list[FieldError]) -> Decimal | None:
    text = _text(value)
    if text is None:
        return None
    if isinstance(value, float):
        text = repr(value)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        errors.append(("amount_yuan", f"{text!r} is not a decimal amount in yuan"))
        return None
    if not amount.is_finite():
        errors.append(("amount_yuan", f"{text!r} is not a finite amount"))
        return None
    if amount < 0:
        errors.append(("amount_yuan", f"must not be negative (got {text})"))
        return None
    if amount >= MAX_AMOUNT:
        errors.append(("amount_yuan", f"{text} is implausibly large"))
        return None
    if amount != amount.quantize(_CENT):
        errors.append(("amount_yuan", f"{text} has more than 2 decimal places"))
        return None
    return amount.quantize(_CENT)


def _disability(row: Mapping[str, Any], errors: list[FieldError]) -> str | None:
    category = _text(row.get("disability_category"))
    grade_text = _text(row.get("disability_grade"))
    if category not in catalog.DISABILITY_CATEGORIES:
        errors.append(
            (
                "disability_category",
                f"{category!r} is not one of {sorted(catalog.DISABILITY_CATEGORIES)}",
            )
        )
    if grade_text not in ("1", "2", "3", "4"):
        errors.append(("disability_grade", f"{grade_text!r} is not a grade from 1 to 4"))
        return None
    return json.dumps({"disability_category": category, "disability_grade": int(grade_text)})
