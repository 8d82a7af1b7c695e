from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.household_register_circle_type_0 import (
    HouseholdRegisterCircleType0,
    check_household_register_circle_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_summary import MemberSummary
    from ..models.need_in import NeedIn


T = TypeVar("T", bound="HouseholdRegister")


@_attrs_define
class HouseholdRegister:
    """A caseworker registers a household directly (without an intake event), e.g. a walk-in.

    Attributes:
        consent_to_share (bool): 授权: may charities see masked member data?
        members (list[MemberSummary]):
        region_code (str):
        applicant_subject (None | str | Unset): The household's own login, for love-list orders
        circle (HouseholdRegisterCircleType0 | None | Unset):
        group (None | str | Unset): dibao, tekun_dispersed …
        needs (list[NeedIn] | Unset):
    """

    consent_to_share: bool
    members: list[MemberSummary]
    region_code: str
    applicant_subject: None | str | Unset = UNSET
    circle: HouseholdRegisterCircleType0 | None | Unset = UNSET
    group: None | str | Unset = UNSET
    needs: list[NeedIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        consent_to_share = self.consent_to_share

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        applicant_subject: None | str | Unset
        if isinstance(self.applicant_subject, Unset):
            applicant_subject = UNSET
        else:
            applicant_subject = self.applicant_subject

        circle: int | None | Unset
        if isinstance(self.circle, Unset):
            circle = UNSET
        elif isinstance(self.circle, int):
            circle = self.circle
        else:
            circle = self.circle

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        needs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = []
            for needs_item_data in self.needs:
                needs_item = needs_item_data.to_dict()
                needs.append(needs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "consent_to_share": consent_to_share,
                "members": members,
                "region_code": region_code,
            }
        )
        if applicant_subject is not UNSET:
            field_dict["applicant_subject"] = applicant_subject
        if circle is not UNSET:
            field_dict["circle"] = circle
        if group is not UNSET:
            field_dict["group"] = group
        if needs is not UNSET:
            field_dict["needs"] = needs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_summary import MemberSummary  # noqa: PLC0415
        from ..models.need_in import NeedIn  # noqa: PLC0415

        d = dict(src_dict)
        consent_to_share = d.pop("consent_to_share")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberSummary.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        def _parse_applicant_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_subject = _parse_applicant_subject(d.pop("applicant_subject", UNSET))

        def _parse_circle(data: object) -> HouseholdRegisterCircleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                circle_type_0 = check_household_register_circle_type_0(data)

                return circle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HouseholdRegisterCircleType0 | None | Unset, data)

        circle = _parse_circle(d.pop("circle", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        _needs = d.pop("needs", UNSET)
        needs: list[NeedIn] | Unset = UNSET
        if _needs is not UNSET:
            needs = []
            for needs_item_data in _needs:
                needs_item = NeedIn.from_dict(needs_item_data)

                needs.append(needs_item)

        household_register = cls(
            consent_to_share=consent_to_share,
            members=members,
            region_code=region_code,
            applicant_subject=applicant_subject,
            circle=circle,
            group=group,
            needs=needs,
        )

        return household_register
