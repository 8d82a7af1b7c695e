from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ParameterRead")


@_attrs_define
class ParameterRead:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        decision_time_limit_days (int):
        effective_from (datetime.date):
        id (UUID):
        public_notice_days (int):
        region_prefix (str): Meaningful-digit region prefix
        source (str): The regulation it comes from
    """

    created_at: datetime.datetime
    created_by: str
    decision_time_limit_days: int
    effective_from: datetime.date
    id: UUID
    public_notice_days: int
    region_prefix: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        decision_time_limit_days = self.decision_time_limit_days

        effective_from = self.effective_from.isoformat()

        id = str(self.id)

        public_notice_days = self.public_notice_days

        region_prefix = self.region_prefix

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "decision_time_limit_days": decision_time_limit_days,
                "effective_from": effective_from,
                "id": id,
                "public_notice_days": public_notice_days,
                "region_prefix": region_prefix,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        decision_time_limit_days = d.pop("decision_time_limit_days")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        id = UUID(d.pop("id"))

        public_notice_days = d.pop("public_notice_days")

        region_prefix = d.pop("region_prefix")

        source = d.pop("source")

        parameter_read = cls(
            created_at=created_at,
            created_by=created_by,
            decision_time_limit_days=decision_time_limit_days,
            effective_from=effective_from,
            id=id,
            public_notice_days=public_notice_days,
            region_prefix=region_prefix,
            source=source,
        )

        return parameter_read
