from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.resource_create_capacity_period_type_0 import (
    ResourceCreateCapacityPeriodType0,
    check_resource_create_capacity_period_type_0,
)
from ..models.resource_create_category import ResourceCreateCategory, check_resource_create_category
from ..models.resource_create_kind import ResourceCreateKind, check_resource_create_kind
from ..models.resource_create_target_groups_item import (
    ResourceCreateTargetGroupsItem,
    check_resource_create_target_groups_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCreate")


@_attrs_define
class ResourceCreate:
    """
    Attributes:
        benefit_kind (str): What the household gets (milk, rice, haircut …): the per-household guard allows one of a
            kind from one organization per period
        category (ResourceCreateCategory):
        kind (ResourceCreateKind):
        name (str):
        organization_id (UUID):
        capacity_per_period (int | None | Unset):
        capacity_period (None | ResourceCreateCapacityPeriodType0 | Unset):
        description (str | Unset):  Default: ''.
        regions_served (list[str] | Unset):
        schedule (None | str | Unset):
        target_groups (list[ResourceCreateTargetGroupsItem] | Unset):
        unit (None | str | Unset): Goods: 箱, 袋, 份 …
    """

    benefit_kind: str
    category: ResourceCreateCategory
    kind: ResourceCreateKind
    name: str
    organization_id: UUID
    capacity_per_period: int | None | Unset = UNSET
    capacity_period: None | ResourceCreateCapacityPeriodType0 | Unset = UNSET
    description: str | Unset = ""
    regions_served: list[str] | Unset = UNSET
    schedule: None | str | Unset = UNSET
    target_groups: list[ResourceCreateTargetGroupsItem] | Unset = UNSET
    unit: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        benefit_kind = self.benefit_kind

        category: str = self.category

        kind: str = self.kind

        name = self.name

        organization_id = str(self.organization_id)

        capacity_per_period: int | None | Unset
        if isinstance(self.capacity_per_period, Unset):
            capacity_per_period = UNSET
        else:
            capacity_per_period = self.capacity_per_period

        capacity_period: None | str | Unset
        if isinstance(self.capacity_period, Unset):
            capacity_period = UNSET
        elif isinstance(self.capacity_period, str):
            capacity_period = self.capacity_period
        else:
            capacity_period = self.capacity_period

        description = self.description

        regions_served: list[str] | Unset = UNSET
        if not isinstance(self.regions_served, Unset):
            regions_served = self.regions_served

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        target_groups: list[str] | Unset = UNSET
        if not isinstance(self.target_groups, Unset):
            target_groups = []
            for target_groups_item_data in self.target_groups:
                target_groups_item: str = target_groups_item_data
                target_groups.append(target_groups_item)

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "benefit_kind": benefit_kind,
                "category": category,
                "kind": kind,
                "name": name,
                "organization_id": organization_id,
            }
        )
        if capacity_per_period is not UNSET:
            field_dict["capacity_per_period"] = capacity_per_period
        if capacity_period is not UNSET:
            field_dict["capacity_period"] = capacity_period
        if description is not UNSET:
            field_dict["description"] = description
        if regions_served is not UNSET:
            field_dict["regions_served"] = regions_served
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if target_groups is not UNSET:
            field_dict["target_groups"] = target_groups
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        benefit_kind = d.pop("benefit_kind")

        category = check_resource_create_category(d.pop("category"))

        kind = check_resource_create_kind(d.pop("kind"))

        name = d.pop("name")

        organization_id = UUID(d.pop("organization_id"))

        def _parse_capacity_per_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity_per_period = _parse_capacity_per_period(d.pop("capacity_per_period", UNSET))

        def _parse_capacity_period(
            data: object,
        ) -> None | ResourceCreateCapacityPeriodType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capacity_period_type_0 = check_resource_create_capacity_period_type_0(data)

                return capacity_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceCreateCapacityPeriodType0 | Unset, data)

        capacity_period = _parse_capacity_period(d.pop("capacity_period", UNSET))

        description = d.pop("description", UNSET)

        regions_served = cast(list[str], d.pop("regions_served", UNSET))

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        _target_groups = d.pop("target_groups", UNSET)
        target_groups: list[ResourceCreateTargetGroupsItem] | Unset = UNSET
        if _target_groups is not UNSET:
            target_groups = []
            for target_groups_item_data in _target_groups:
                target_groups_item = check_resource_create_target_groups_item(
                    target_groups_item_data
                )

                target_groups.append(target_groups_item)

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        resource_create = cls(
            benefit_kind=benefit_kind,
            category=category,
            kind=kind,
            name=name,
            organization_id=organization_id,
            capacity_per_period=capacity_per_period,
            capacity_period=capacity_period,
            description=description,
            regions_served=regions_served,
            schedule=schedule,
            target_groups=target_groups,
            unit=unit,
        )

        return resource_create
