from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecordVersionRead")


@_attrs_define
class RecordVersionRead:
    """A superseded version of a record.

    Attributes:
        amount_yuan (None | str):
        effective_on (datetime.date):
        kind (str):
        period_from (datetime.date | None):
        period_to (datetime.date | None):
        received_at (datetime.datetime):
        superseded_at (datetime.datetime):
        type_ (str):
        version (int):
    """

    amount_yuan: None | str
    effective_on: datetime.date
    kind: str
    period_from: datetime.date | None
    period_to: datetime.date | None
    received_at: datetime.datetime
    superseded_at: datetime.datetime
    type_: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_yuan: None | str
        amount_yuan = self.amount_yuan

        effective_on = self.effective_on.isoformat()

        kind = self.kind

        period_from: None | str
        if isinstance(self.period_from, datetime.date):
            period_from = self.period_from.isoformat()
        else:
            period_from = self.period_from

        period_to: None | str
        if isinstance(self.period_to, datetime.date):
            period_to = self.period_to.isoformat()
        else:
            period_to = self.period_to

        received_at = self.received_at.isoformat()

        superseded_at = self.superseded_at.isoformat()

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "effective_on": effective_on,
                "kind": kind,
                "period_from": period_from,
                "period_to": period_to,
                "received_at": received_at,
                "superseded_at": superseded_at,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        kind = d.pop("kind")

        def _parse_period_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_from_type_0 = datetime.date.fromisoformat(data)

                return period_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_from = _parse_period_from(d.pop("period_from"))

        def _parse_period_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_to_type_0 = datetime.date.fromisoformat(data)

                return period_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_to = _parse_period_to(d.pop("period_to"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        superseded_at = datetime.datetime.fromisoformat(d.pop("superseded_at"))

        type_ = d.pop("type")

        version = d.pop("version")

        record_version_read = cls(
            amount_yuan=amount_yuan,
            effective_on=effective_on,
            kind=kind,
            period_from=period_from,
            period_to=period_to,
            received_at=received_at,
            superseded_at=superseded_at,
            type_=type_,
            version=version,
        )

        record_version_read.additional_properties = d
        return record_version_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
