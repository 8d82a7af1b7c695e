from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordCreate")


@_attrs_define
class RecordCreate:
    """One partner record. Which fields apply depends on the kind (see the feed description).

    Attributes:
        id_number (str): the person's resident ID (居民身份证号码)
        kind (str): income | asset | expenditure | life_event
        source (str): the partner's source, e.g. medical_insurance (医保)
        source_record_id (str): the partner's own id; re-sending it corrects it
        type_ (str):
        amount_yuan (float | None | str | Unset): income, asset value or cost
        date (None | str | Unset): as-of / payment / event date
        disability_category (None | str | Unset):
        disability_grade (int | None | Unset):
        period_from (None | str | Unset):
        period_to (None | str | Unset):
    """

    id_number: str
    kind: str
    source: str
    source_record_id: str
    type_: str
    amount_yuan: float | None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    disability_category: None | str | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    period_from: None | str | Unset = UNSET
    period_to: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        kind = self.kind

        source = self.source

        source_record_id = self.source_record_id

        type_ = self.type_

        amount_yuan: float | None | str | Unset
        if isinstance(self.amount_yuan, Unset):
            amount_yuan = UNSET
        else:
            amount_yuan = self.amount_yuan

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        disability_category: None | str | Unset
        if isinstance(self.disability_category, Unset):
            disability_category = UNSET
        else:
            disability_category = self.disability_category

        disability_grade: int | None | Unset
        if isinstance(self.disability_grade, Unset):
            disability_grade = UNSET
        else:
            disability_grade = self.disability_grade

        period_from: None | str | Unset
        if isinstance(self.period_from, Unset):
            period_from = UNSET
        else:
            period_from = self.period_from

        period_to: None | str | Unset
        if isinstance(self.period_to, Unset):
            period_to = UNSET
        else:
            period_to = self.period_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_number": id_number,
                "kind": kind,
                "source": source,
                "source_record_id": source_record_id,
                "type": type_,
            }
        )
        if amount_yuan is not UNSET:
            field_dict["amount_yuan"] = amount_yuan
        if date is not UNSET:
            field_dict["date"] = date
        if disability_category is not UNSET:
            field_dict["disability_category"] = disability_category
        if disability_grade is not UNSET:
            field_dict["disability_grade"] = disability_grade
        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        if period_to is not UNSET:
            field_dict["period_to"] = period_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_number = d.pop("id_number")

        kind = d.pop("kind")

        source = d.pop("source")

        source_record_id = d.pop("source_record_id")

        type_ = d.pop("type")

        def _parse_amount_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_disability_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disability_category = _parse_disability_category(d.pop("disability_category", UNSET))

        def _parse_disability_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade", UNSET))

        def _parse_period_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_from = _parse_period_from(d.pop("period_from", UNSET))

        def _parse_period_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_to = _parse_period_to(d.pop("period_to", UNSET))

        record_create = cls(
            id_number=id_number,
            kind=kind,
            source=source,
            source_record_id=source_record_id,
            type_=type_,
            amount_yuan=amount_yuan,
            date=date,
            disability_category=disability_category,
            disability_grade=disability_grade,
            period_from=period_from,
            period_to=period_to,
        )

        return record_create
