from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EffectiveParameters")


@_attrs_define
class EffectiveParameters:
    """
    Attributes:
        decision_time_limit_days (int):
        on (datetime.date):
        public_notice_days (int):
        region_code (str):
        source (str):
    """

    decision_time_limit_days: int
    on: datetime.date
    public_notice_days: int
    region_code: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decision_time_limit_days = self.decision_time_limit_days

        on = self.on.isoformat()

        public_notice_days = self.public_notice_days

        region_code = self.region_code

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision_time_limit_days": decision_time_limit_days,
                "on": on,
                "public_notice_days": public_notice_days,
                "region_code": region_code,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_time_limit_days = d.pop("decision_time_limit_days")

        on = datetime.date.fromisoformat(d.pop("on"))

        public_notice_days = d.pop("public_notice_days")

        region_code = d.pop("region_code")

        source = d.pop("source")

        effective_parameters = cls(
            decision_time_limit_days=decision_time_limit_days,
            on=on,
            public_notice_days=public_notice_days,
            region_code=region_code,
            source=source,
        )

        effective_parameters.additional_properties = d
        return effective_parameters

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
