from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_summary import MemberSummary
    from ..models.need_read import NeedRead


T = TypeVar("T", bound="CharityHouseholdRead")


@_attrs_define
class CharityHouseholdRead:
    """
    Attributes:
        circle (int | None):
        consent_to_share (bool):
        group (None | str):
        household_id (UUID):
        members (list[MemberSummary] | None): Masked members; null for a charity partner without the household's consent
        needs (list[NeedRead]):
        region_code (str):
        region_name (str):
    """

    circle: int | None
    consent_to_share: bool
    group: None | str
    household_id: UUID
    members: list[MemberSummary] | None
    needs: list[NeedRead]
    region_code: str
    region_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        circle: int | None
        circle = self.circle

        consent_to_share = self.consent_to_share

        group: None | str
        group = self.group

        household_id = str(self.household_id)

        members: list[dict[str, Any]] | None
        if isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        needs = []
        for needs_item_data in self.needs:
            needs_item = needs_item_data.to_dict()
            needs.append(needs_item)

        region_code = self.region_code

        region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "circle": circle,
                "consent_to_share": consent_to_share,
                "group": group,
                "household_id": household_id,
                "members": members,
                "needs": needs,
                "region_code": region_code,
                "region_name": region_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_summary import MemberSummary  # noqa: PLC0415
        from ..models.need_read import NeedRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_circle(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        circle = _parse_circle(d.pop("circle"))

        consent_to_share = d.pop("consent_to_share")

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))

        household_id = UUID(d.pop("household_id"))

        def _parse_members(data: object) -> list[MemberSummary] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = MemberSummary.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MemberSummary] | None, data)

        members = _parse_members(d.pop("members"))

        needs = []
        _needs = d.pop("needs")
        for needs_item_data in _needs:
            needs_item = NeedRead.from_dict(needs_item_data)

            needs.append(needs_item)

        region_code = d.pop("region_code")

        region_name = d.pop("region_name")

        charity_household_read = cls(
            circle=circle,
            consent_to_share=consent_to_share,
            group=group,
            household_id=household_id,
            members=members,
            needs=needs,
            region_code=region_code,
            region_name=region_name,
        )

        charity_household_read.additional_properties = d
        return charity_household_read

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
