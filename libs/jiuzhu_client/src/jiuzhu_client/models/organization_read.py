from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganizationRead")


@_attrs_define
class OrganizationRead:
    """
    Attributes:
        contact_name (None | str):
        contact_phone (None | str):
        created_at (datetime.datetime):
        description (str):
        email (None | str):
        id (UUID):
        kind (str):
        name (str):
        region_code (str):
        region_name (str):
        regions_served (list[str]):
        website (None | str):
    """

    contact_name: None | str
    contact_phone: None | str
    created_at: datetime.datetime
    description: str
    email: None | str
    id: UUID
    kind: str
    name: str
    region_code: str
    region_name: str
    regions_served: list[str]
    website: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name: None | str
        contact_name = self.contact_name

        contact_phone: None | str
        contact_phone = self.contact_phone

        created_at = self.created_at.isoformat()

        description = self.description

        email: None | str
        email = self.email

        id = str(self.id)

        kind = self.kind

        name = self.name

        region_code = self.region_code

        region_name = self.region_name

        regions_served = self.regions_served

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_name": contact_name,
                "contact_phone": contact_phone,
                "created_at": created_at,
                "description": description,
                "email": email,
                "id": id,
                "kind": kind,
                "name": name,
                "region_code": region_code,
                "region_name": region_name,
                "regions_served": regions_served,
                "website": website,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))

        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        name = d.pop("name")

        region_code = d.pop("region_code")

        region_name = d.pop("region_name")

        regions_served = cast(list[str], d.pop("regions_served"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        organization_read = cls(
            contact_name=contact_name,
            contact_phone=contact_phone,
            created_at=created_at,
            description=description,
            email=email,
            id=id,
            kind=kind,
            name=name,
            region_code=region_code,
            region_name=region_name,
            regions_served=regions_served,
            website=website,
        )

        organization_read.additional_properties = d
        return organization_read

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
