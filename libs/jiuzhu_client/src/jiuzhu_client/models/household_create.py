from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.household_create_registration import (
    HouseholdCreateRegistration,
    check_household_create_registration,
)

if TYPE_CHECKING:
    from ..models.member_create import MemberCreate


T = TypeVar("T", bound="HouseholdCreate")


@_attrs_define
class HouseholdCreate:
    """
    Attributes:
        address (str):
        members (list[MemberCreate]):
        region_code (str): 9-digit township code, or 12-digit village/community code extending it
        registration (HouseholdCreateRegistration): 户籍性质: urban or rural
    """

    address: str
    members: list[MemberCreate]
    region_code: str
    registration: HouseholdCreateRegistration

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        registration: str = self.registration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "members": members,
                "region_code": region_code,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_create import MemberCreate  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberCreate.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        registration = check_household_create_registration(d.pop("registration"))

        household_create = cls(
            address=address,
            members=members,
            region_code=region_code,
            registration=registration,
        )

        return household_create
