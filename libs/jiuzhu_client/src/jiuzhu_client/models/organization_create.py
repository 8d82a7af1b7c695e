from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_create_kind import OrganizationCreateKind, check_organization_create_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationCreate")


@_attrs_define
class OrganizationCreate:
    """
    Attributes:
        kind (OrganizationCreateKind):
        name (str):
        region_code (str): Where it is based (county or below)
        regions_served (list[str]): Region codes it covers (2–12 digits each)
        contact_name (None | str | Unset):
        contact_phone (None | str | Unset):
        description (str | Unset):  Default: ''.
        email (None | str | Unset):
        website (None | str | Unset):
    """

    kind: OrganizationCreateKind
    name: str
    region_code: str
    regions_served: list[str]
    contact_name: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    description: str | Unset = ""
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        name = self.name

        region_code = self.region_code

        regions_served = self.regions_served

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        description = self.description

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "region_code": region_code,
                "regions_served": regions_served,
            }
        )
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_organization_create_kind(d.pop("kind"))

        name = d.pop("name")

        region_code = d.pop("region_code")

        regions_served = cast(list[str], d.pop("regions_served"))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))

        description = d.pop("description", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organization_create = cls(
            kind=kind,
            name=name,
            region_code=region_code,
            regions_served=regions_served,
            contact_name=contact_name,
            contact_phone=contact_phone,
            description=description,
            email=email,
            website=website,
        )

        return organization_create
