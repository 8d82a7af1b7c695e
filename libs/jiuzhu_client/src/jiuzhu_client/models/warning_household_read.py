from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.warning_member_read import WarningMemberRead


T = TypeVar("T", bound="WarningHouseholdRead")


@_attrs_define
class WarningHouseholdRead:
    """
    Attributes:
        household_id (None | UUID):
        household_key (str):
        members (list[WarningMemberRead]):
        region_code (str):
        status (None | str):
    """

    household_id: None | UUID
    household_key: str
    members: list[WarningMemberRead]
    region_code: str
    status: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household_id: None | str
        if isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        household_key = self.household_key

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        status: None | str
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household_id": household_id,
                "household_key": household_key,
                "members": members,
                "region_code": region_code,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warning_member_read import WarningMemberRead  # noqa: PLC0415

        d = dict(src_dict)

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

        household_key = d.pop("household_key")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = WarningMemberRead.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        warning_household_read = cls(
            household_id=household_id,
            household_key=household_key,
            members=members,
            region_code=region_code,
            status=status,
        )

        warning_household_read.additional_properties = d
        return warning_household_read

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
