"""`new_row` builds the same row as the model's own constructor, for every intake table."""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import inspect

from intake.applications.models import Application, Consent, TimelineEntry
from intake.db import new_row
from intake.households.models import Household, Member, MemberIncome

AT = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
CASES: list[tuple[type[Any], dict[str, Any]]] = [
    (
        Household,
        {
            "region_code": "431028206",
            "address": "柏叶村",
            "registration": "rural",
            "head_id_index": "x" * 64,
            "created_by": "c",
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Member,
        {
            "household_id": uuid.uuid4(),
            "position": 0,
            "name": "甲",
            "id_number": "1" * 18,
            "id_index": "i",
            "birth_date": date(1960, 1, 1),
            "sex": "male",
            "relation": "head",
        },
    ),
    (MemberIncome, {"member_id": uuid.uuid4(), "type": "wage", "monthly_yuan": Decimal("1.50")}),
    (
        Application,
        {
            "household_id": uuid.uuid4(),
            "region_code": "431028206",
            "kind": "k",
            "channel": "self",
            "state": "draft",
            "subject_member_id": uuid.uuid4(),
            "created_by": "c",
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Consent,
        {
            "application_id": uuid.uuid4(),
            "granted_by": "subject",
            "signer_name": "甲",
            "granted_at": AT,
            "scope": ["income"],
            "recorded_by": "c",
        },
    ),
    (
        TimelineEntry,
        {
            "application_id": uuid.uuid4(),
            "at": AT,
            "actor": "a",
            "actor_role": "r",
            "event": "created",
        },
    ),
]
GENERATED = {"id"}  # a fresh uuid4 each time


@pytest.mark.parametrize(("model", "values"), CASES, ids=[m.__name__ for m, _ in CASES])
def test_new_row_equals_the_constructor(model: type[Any], values: dict[str, Any]) -> None:
    fast, slow = new_row(model, **values), model(**values)
    assert fast.model_dump(exclude=GENERATED) == slow.model_dump(exclude=GENERATED)
    assert fast.model_fields_set == slow.model_fields_set
    assert inspect(fast).transient and isinstance(fast.id, uuid.UUID) and fast.id != slow.id


def test_defaults_are_not_shared_between_rows() -> None:
    first = new_row(Application, **CASES[3][1])
    second = new_row(Application, **CASES[3][1])
    first.needs.append({"category": "x"})
    assert second.needs == []


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="no field"):
        new_row(TimelineEntry, **CASES[5][1], actr="typo")
