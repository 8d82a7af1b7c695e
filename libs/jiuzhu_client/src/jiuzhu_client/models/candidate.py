from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """
    Attributes:
        available (int | None):
        blocked (bool): True if the same-kind guard would refuse a referral
        kind (str):
        organization_id (UUID):
        organization_name (str):
        rank (int):
        reasons (list[str]):
        region_level (None | str): Closest level shared with the household
        resource_id (UUID):
        resource_name (str):
        score (int):
    """

    available: int | None
    blocked: bool
    kind: str
    organization_id: UUID
    organization_name: str
    rank: int
    reasons: list[str]
    region_level: None | str
    resource_id: UUID
    resource_name: str
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: int | None
        available = self.available

        blocked = self.blocked

        kind = self.kind

        organization_id = str(self.organization_id)

        organization_name = self.organization_name

        rank = self.rank

        reasons = self.reasons

        region_level: None | str
        region_level = self.region_level

        resource_id = str(self.resource_id)

        resource_name = self.resource_name

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "blocked": blocked,
                "kind": kind,
                "organization_id": organization_id,
                "organization_name": organization_name,
                "rank": rank,
                "reasons": reasons,
                "region_level": region_level,
                "resource_id": resource_id,
                "resource_name": resource_name,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_available(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        available = _parse_available(d.pop("available"))

        blocked = d.pop("blocked")

        kind = d.pop("kind")

        organization_id = UUID(d.pop("organization_id"))

        organization_name = d.pop("organization_name")

        rank = d.pop("rank")

        reasons = cast(list[str], d.pop("reasons"))

        def _parse_region_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_level = _parse_region_level(d.pop("region_level"))

        resource_id = UUID(d.pop("resource_id"))

        resource_name = d.pop("resource_name")

        score = d.pop("score")

        candidate = cls(
            available=available,
            blocked=blocked,
            kind=kind,
            organization_id=organization_id,
            organization_name=organization_name,
            rank=rank,
            reasons=reasons,
            region_level=region_level,
            resource_id=resource_id,
            resource_name=resource_name,
            score=score,
        )

        candidate.additional_properties = d
        return candidate

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
