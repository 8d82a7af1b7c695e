from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionSummary")


@_attrs_define
class DecisionSummary:
    """
    Attributes:
        application_id (None | UUID):
        catalog_version (int):
        circle (int | None):
        created_at (datetime.datetime):
        group (None | str):
        household_id (None | UUID):
        id (UUID):
        region_code (str):
    """

    application_id: None | UUID
    catalog_version: int
    circle: int | None
    created_at: datetime.datetime
    group: None | str
    household_id: None | UUID
    id: UUID
    region_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        if isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        catalog_version = self.catalog_version

        circle: int | None
        circle = self.circle

        created_at = self.created_at.isoformat()

        group: None | str
        group = self.group

        household_id: None | str
        if isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        id = str(self.id)

        region_code = self.region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "catalog_version": catalog_version,
                "circle": circle,
                "created_at": created_at,
                "group": group,
                "household_id": household_id,
                "id": id,
                "region_code": region_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_application_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        application_id = _parse_application_id(d.pop("application_id"))

        catalog_version = d.pop("catalog_version")

        def _parse_circle(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        circle = _parse_circle(d.pop("circle"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))

        def _parse_household_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        household_id = _parse_household_id(d.pop("household_id"))

        id = UUID(d.pop("id"))

        region_code = d.pop("region_code")

        decision_summary = cls(
            application_id=application_id,
            catalog_version=catalog_version,
            circle=circle,
            created_at=created_at,
            group=group,
            household_id=household_id,
            id=id,
            region_code=region_code,
        )

        decision_summary.additional_properties = d
        return decision_summary

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
