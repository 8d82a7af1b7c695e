from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.resource_update_status_type_0 import (
    ResourceUpdateStatusType0,
    check_resource_update_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUpdate")


@_attrs_define
class ResourceUpdate:
    """
    Attributes:
        capacity_per_period (int | None | Unset):
        description (None | str | Unset):
        schedule (None | str | Unset):
        status (None | ResourceUpdateStatusType0 | Unset):
    """

    capacity_per_period: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    schedule: None | str | Unset = UNSET
    status: None | ResourceUpdateStatusType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        capacity_per_period: int | None | Unset
        if isinstance(self.capacity_per_period, Unset):
            capacity_per_period = UNSET
        else:
            capacity_per_period = self.capacity_per_period

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if capacity_per_period is not UNSET:
            field_dict["capacity_per_period"] = capacity_per_period
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capacity_per_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity_per_period = _parse_capacity_per_period(d.pop("capacity_per_period", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_status(data: object) -> None | ResourceUpdateStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_resource_update_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceUpdateStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        resource_update = cls(
            capacity_per_period=capacity_per_period,
            description=description,
            schedule=schedule,
            status=status,
        )

        return resource_update
