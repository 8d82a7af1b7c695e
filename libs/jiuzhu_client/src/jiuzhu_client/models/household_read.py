from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_read import MemberRead


T = TypeVar("T", bound="HouseholdRead")


@_attrs_define
class HouseholdRead:
    """
    Attributes:
        address (str):
        created_at (datetime.datetime):
        id (UUID):
        members (list[MemberRead]):
        region_code (str):
        region_name (str):
        registration (str):
        status (str):
        updated_at (datetime.datetime):
        version (int):
    """

    address: str
    created_at: datetime.datetime
    id: UUID
    members: list[MemberRead]
    region_code: str
    region_name: str
    registration: str
    status: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        created_at = self.created_at.isoformat()

        id = str(self.id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        region_name = self.region_name

        registration = self.registration

        status = self.status

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "created_at": created_at,
                "id": id,
                "members": members,
                "region_code": region_code,
                "region_name": region_name,
                "registration": registration,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_read import MemberRead  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberRead.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        region_name = d.pop("region_name")

        registration = d.pop("registration")

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        household_read = cls(
            address=address,
            created_at=created_at,
            id=id,
            members=members,
            region_code=region_code,
            region_name=region_name,
            registration=registration,
            status=status,
            updated_at=updated_at,
            version=version,
        )

        household_read.additional_properties = d
        return household_read

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
