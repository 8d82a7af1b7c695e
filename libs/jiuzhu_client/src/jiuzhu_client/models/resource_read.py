from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceRead")


@_attrs_define
class ResourceRead:
    """
    Attributes:
        available (int | None): Goods: on hand minus reserved; services: capacity left this period; null when unlimited
        benefit_kind (str):
        capacity_per_period (int | None):
        capacity_period (None | str):
        category (str):
        description (str):
        id (UUID):
        kind (str):
        name (str):
        organization_id (UUID):
        regions_served (list[str]):
        schedule (None | str):
        status (str):
        stock_issued (int):
        stock_on_hand (int):
        stock_reserved (int):
        target_groups (list[str]):
        unit (None | str):
    """

    available: int | None
    benefit_kind: str
    capacity_per_period: int | None
    capacity_period: None | str
    category: str
    description: str
    id: UUID
    kind: str
    name: str
    organization_id: UUID
    regions_served: list[str]
    schedule: None | str
    status: str
    stock_issued: int
    stock_on_hand: int
    stock_reserved: int
    target_groups: list[str]
    unit: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: int | None
        available = self.available

        benefit_kind = self.benefit_kind

        capacity_per_period: int | None
        capacity_per_period = self.capacity_per_period

        capacity_period: None | str
        capacity_period = self.capacity_period

        category = self.category

        description = self.description

        id = str(self.id)

        kind = self.kind

        name = self.name

        organization_id = str(self.organization_id)

        regions_served = self.regions_served

        schedule: None | str
        schedule = self.schedule

        status = self.status

        stock_issued = self.stock_issued

        stock_on_hand = self.stock_on_hand

        stock_reserved = self.stock_reserved

        target_groups = self.target_groups

        unit: None | str
        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "benefit_kind": benefit_kind,
                "capacity_per_period": capacity_per_period,
                "capacity_period": capacity_period,
                "category": category,
                "description": description,
                "id": id,
                "kind": kind,
                "name": name,
                "organization_id": organization_id,
                "regions_served": regions_served,
                "schedule": schedule,
                "status": status,
                "stock_issued": stock_issued,
                "stock_on_hand": stock_on_hand,
                "stock_reserved": stock_reserved,
                "target_groups": target_groups,
                "unit": unit,
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

        benefit_kind = d.pop("benefit_kind")

        def _parse_capacity_per_period(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity_per_period = _parse_capacity_per_period(d.pop("capacity_per_period"))

        def _parse_capacity_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        capacity_period = _parse_capacity_period(d.pop("capacity_period"))

        category = d.pop("category")

        description = d.pop("description")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        name = d.pop("name")

        organization_id = UUID(d.pop("organization_id"))

        regions_served = cast(list[str], d.pop("regions_served"))

        def _parse_schedule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        status = d.pop("status")

        stock_issued = d.pop("stock_issued")

        stock_on_hand = d.pop("stock_on_hand")

        stock_reserved = d.pop("stock_reserved")

        target_groups = cast(list[str], d.pop("target_groups"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        resource_read = cls(
            available=available,
            benefit_kind=benefit_kind,
            capacity_per_period=capacity_per_period,
            capacity_period=capacity_period,
            category=category,
            description=description,
            id=id,
            kind=kind,
            name=name,
            organization_id=organization_id,
            regions_served=regions_served,
            schedule=schedule,
            status=status,
            stock_issued=stock_issued,
            stock_on_hand=stock_on_hand,
            stock_reserved=stock_reserved,
            target_groups=target_groups,
            unit=unit,
        )

        resource_read.additional_properties = d
        return resource_read

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
