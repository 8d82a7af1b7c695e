from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_summary import MemberSummary


T = TypeVar("T", bound="SharedHousehold")


@_attrs_define
class SharedHousehold:
    """What a charity learns of the household: masked, only with consent, only what the need needs.

    Attributes:
        members (list[MemberSummary]):
        region_code (str):
        region_name (str):
    """

    members: list[MemberSummary]
    region_code: str
    region_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
                "region_code": region_code,
                "region_name": region_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_summary import MemberSummary  # noqa: PLC0415

        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberSummary.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        region_name = d.pop("region_name")

        shared_household = cls(
            members=members,
            region_code=region_code,
            region_name=region_name,
        )

        shared_household.additional_properties = d
        return shared_household

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
