from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.household_facts_registration import (
    HouseholdFactsRegistration,
    check_household_facts_registration,
)

if TYPE_CHECKING:
    from ..models.asset_facts import AssetFacts
    from ..models.expenditure_facts import ExpenditureFacts
    from ..models.hardship_facts import HardshipFacts
    from ..models.income_facts import IncomeFacts
    from ..models.member_facts import MemberFacts


T = TypeVar("T", bound="HouseholdFacts")


@_attrs_define
class HouseholdFacts:
    """What matching decides on: the verified economic status plus intake's household data.

    Attributes:
        as_of (datetime.date):
        assets (AssetFacts):
        current_schemes (list[str]):
        expenditure (ExpenditureFacts):
        hardship (HardshipFacts):
        income (IncomeFacts):
        members (list[MemberFacts]):
        region_code (str):
        registration (HouseholdFactsRegistration):
    """

    as_of: datetime.date
    assets: AssetFacts
    current_schemes: list[str]
    expenditure: ExpenditureFacts
    hardship: HardshipFacts
    income: IncomeFacts
    members: list[MemberFacts]
    region_code: str
    registration: HouseholdFactsRegistration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        assets = self.assets.to_dict()

        current_schemes = self.current_schemes

        expenditure = self.expenditure.to_dict()

        hardship = self.hardship.to_dict()

        income = self.income.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        registration: str = self.registration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "assets": assets,
                "current_schemes": current_schemes,
                "expenditure": expenditure,
                "hardship": hardship,
                "income": income,
                "members": members,
                "region_code": region_code,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_facts import AssetFacts  # noqa: PLC0415
        from ..models.expenditure_facts import ExpenditureFacts  # noqa: PLC0415
        from ..models.hardship_facts import HardshipFacts  # noqa: PLC0415
        from ..models.income_facts import IncomeFacts  # noqa: PLC0415
        from ..models.member_facts import MemberFacts  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        assets = AssetFacts.from_dict(d.pop("assets"))

        current_schemes = cast(list[str], d.pop("current_schemes"))

        expenditure = ExpenditureFacts.from_dict(d.pop("expenditure"))

        hardship = HardshipFacts.from_dict(d.pop("hardship"))

        income = IncomeFacts.from_dict(d.pop("income"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberFacts.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        registration = check_household_facts_registration(d.pop("registration"))

        household_facts = cls(
            as_of=as_of,
            assets=assets,
            current_schemes=current_schemes,
            expenditure=expenditure,
            hardship=hardship,
            income=income,
            members=members,
            region_code=region_code,
            registration=registration,
        )

        household_facts.additional_properties = d
        return household_facts

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
