from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.household_update_registration import (
    HouseholdUpdateRegistration,
    check_household_update_registration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_create import MemberCreate


T = TypeVar("T", bound="HouseholdUpdate")


@_attrs_define
class HouseholdUpdate:
    """A whole new declaration of the household; it becomes the next version.

    Attributes:
        address (str):
        members (list[MemberCreate]):
        region_code (str): 9-digit township code, or 12-digit village/community code extending it
        registration (HouseholdUpdateRegistration): 户籍性质: urban or rural
        reason (None | str | Unset):
    """

    address: str
    members: list[MemberCreate]
    region_code: str
    registration: HouseholdUpdateRegistration
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        registration: str = self.registration

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "members": members,
                "region_code": region_code,
                "registration": registration,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

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

        registration = check_household_update_registration(d.pop("registration"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        household_update = cls(
            address=address,
            members=members,
            region_code=region_code,
            registration=registration,
            reason=reason,
        )

        return household_update
