from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ParameterCreate")


@_attrs_define
class ParameterCreate:
    """
    Attributes:
        decision_time_limit_days (int):
        effective_from (datetime.date):
        public_notice_days (int):
        region_prefix (str): Meaningful-digit region prefix
        source (str): The regulation it comes from
    """

    decision_time_limit_days: int
    effective_from: datetime.date
    public_notice_days: int
    region_prefix: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        decision_time_limit_days = self.decision_time_limit_days

        effective_from = self.effective_from.isoformat()

        public_notice_days = self.public_notice_days

        region_prefix = self.region_prefix

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision_time_limit_days": decision_time_limit_days,
                "effective_from": effective_from,
                "public_notice_days": public_notice_days,
                "region_prefix": region_prefix,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_time_limit_days = d.pop("decision_time_limit_days")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        public_notice_days = d.pop("public_notice_days")

        region_prefix = d.pop("region_prefix")

        source = d.pop("source")

        parameter_create = cls(
            decision_time_limit_days=decision_time_limit_days,
            effective_from=effective_from,
            public_notice_days=public_notice_days,
            region_prefix=region_prefix,
            source=source,
        )

        return parameter_create
