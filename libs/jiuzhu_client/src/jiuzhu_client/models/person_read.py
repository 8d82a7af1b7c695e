from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonRead")


@_attrs_define
class PersonRead:
    """
    Attributes:
        active (bool):
        id (UUID):
        name (str):
        organization_id (UUID):
        phone (None | str): Masked unless the reader belongs to the organization
        region_code (str):
        role (str):
    """

    active: bool
    id: UUID
    name: str
    organization_id: UUID
    phone: None | str
    region_code: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = str(self.id)

        name = self.name

        organization_id = str(self.organization_id)

        phone: None | str
        phone = self.phone

        region_code = self.region_code

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "name": name,
                "organization_id": organization_id,
                "phone": phone,
                "region_code": region_code,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        organization_id = UUID(d.pop("organization_id"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        region_code = d.pop("region_code")

        role = d.pop("role")

        person_read = cls(
            active=active,
            id=id,
            name=name,
            organization_id=organization_id,
            phone=phone,
            region_code=region_code,
            role=role,
        )

        person_read.additional_properties = d
        return person_read

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
