from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvidenceRead")


@_attrs_define
class EvidenceRead:
    """A partner record the warning cites.

    Attributes:
        amount_yuan (None | str):
        effective_on (datetime.date):
        kind (str):
        record_id (int):
        source (str):
        type_ (str):
    """

    amount_yuan: None | str
    effective_on: datetime.date
    kind: str
    record_id: int
    source: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_yuan: None | str
        amount_yuan = self.amount_yuan

        effective_on = self.effective_on.isoformat()

        kind = self.kind

        record_id = self.record_id

        source = self.source

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "effective_on": effective_on,
                "kind": kind,
                "record_id": record_id,
                "source": source,
                "type": type_,
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

        record_id = d.pop("record_id")

        source = d.pop("source")

        type_ = d.pop("type")

        evidence_read = cls(
            amount_yuan=amount_yuan,
            effective_on=effective_on,
            kind=kind,
            record_id=record_id,
            source=source,
            type_=type_,
        )

        evidence_read.additional_properties = d
        return evidence_read

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
