from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.part import Part


T = TypeVar("T", bound="HouseholdOverview")


@_attrs_define
class HouseholdOverview:
    """What the mobile app shows on one screen (一户一档): the household and everything about it.

    Attributes:
        applications (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
        complete (bool):
        household (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
        household_id (str):
        latest_check (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
        plan (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service down.
        referrals (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
        timeline (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
        warnings (Part): ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service
            down.
    """

    applications: Part
    complete: bool
    household: Part
    household_id: str
    latest_check: Part
    plan: Part
    referrals: Part
    timeline: Part
    warnings: Part
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications = self.applications.to_dict()

        complete = self.complete

        household = self.household.to_dict()

        household_id = self.household_id

        latest_check = self.latest_check.to_dict()

        plan = self.plan.to_dict()

        referrals = self.referrals.to_dict()

        timeline = self.timeline.to_dict()

        warnings = self.warnings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applications": applications,
                "complete": complete,
                "household": household,
                "household_id": household_id,
                "latest_check": latest_check,
                "plan": plan,
                "referrals": referrals,
                "timeline": timeline,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.part import Part  # noqa: PLC0415

        d = dict(src_dict)
        applications = Part.from_dict(d.pop("applications"))

        complete = d.pop("complete")

        household = Part.from_dict(d.pop("household"))

        household_id = d.pop("household_id")

        latest_check = Part.from_dict(d.pop("latest_check"))

        plan = Part.from_dict(d.pop("plan"))

        referrals = Part.from_dict(d.pop("referrals"))

        timeline = Part.from_dict(d.pop("timeline"))

        warnings = Part.from_dict(d.pop("warnings"))

        household_overview = cls(
            applications=applications,
            complete=complete,
            household=household,
            household_id=household_id,
            latest_check=latest_check,
            plan=plan,
            referrals=referrals,
            timeline=timeline,
            warnings=warnings,
        )

        household_overview.additional_properties = d
        return household_overview

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
