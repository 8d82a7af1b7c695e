from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_request_registration import (
    CheckRequestRegistration,
    check_check_request_registration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_limits import AssetLimits
    from ..models.consent import Consent
    from ..models.declared import Declared
    from ..models.member import Member
    from ..models.period import Period


T = TypeVar("T", bound="CheckRequest")


@_attrs_define
class CheckRequest:
    """A household snapshot to check, with the consent that allows it (contract `CheckRequest`).

    Attributes:
        application_id (UUID):
        household_id (UUID):
        members (list[Member]):
        region_code (str):
        registration (CheckRequestRegistration):
        consent (Consent | None | Unset):
        declared (Declared | Unset):
        household_version (int | None | Unset):
        limits (AssetLimits | Unset): The region's asset limits, when the requester knows them (otherwise service
            defaults).
        period (None | Period | Unset):
    """

    application_id: UUID
    household_id: UUID
    members: list[Member]
    region_code: str
    registration: CheckRequestRegistration
    consent: Consent | None | Unset = UNSET
    declared: Declared | Unset = UNSET
    household_version: int | None | Unset = UNSET
    limits: AssetLimits | Unset = UNSET
    period: None | Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415

        application_id = str(self.application_id)

        household_id = str(self.household_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        registration: str = self.registration

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, Consent):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        declared: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared, Unset):
            declared = self.declared.to_dict()

        household_version: int | None | Unset
        if isinstance(self.household_version, Unset):
            household_version = UNSET
        else:
            household_version = self.household_version

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, Period):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "household_id": household_id,
                "members": members,
                "region_code": region_code,
                "registration": registration,
            }
        )
        if consent is not UNSET:
            field_dict["consent"] = consent
        if declared is not UNSET:
            field_dict["declared"] = declared
        if household_version is not UNSET:
            field_dict["household_version"] = household_version
        if limits is not UNSET:
            field_dict["limits"] = limits
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_limits import AssetLimits  # noqa: PLC0415
        from ..models.consent import Consent  # noqa: PLC0415
        from ..models.declared import Declared  # noqa: PLC0415
        from ..models.member import Member  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        household_id = UUID(d.pop("household_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = Member.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        registration = check_check_request_registration(d.pop("registration"))

        def _parse_consent(data: object) -> Consent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = Consent.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consent | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        _declared = d.pop("declared", UNSET)
        declared: Declared | Unset
        if isinstance(_declared, Unset):
            declared = UNSET
        else:
            declared = Declared.from_dict(_declared)

        def _parse_household_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        household_version = _parse_household_version(d.pop("household_version", UNSET))

        _limits = d.pop("limits", UNSET)
        limits: AssetLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = AssetLimits.from_dict(_limits)

        def _parse_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = Period.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        check_request = cls(
            application_id=application_id,
            household_id=household_id,
            members=members,
            region_code=region_code,
            registration=registration,
            consent=consent,
            declared=declared,
            household_version=household_version,
            limits=limits,
            period=period,
        )

        check_request.additional_properties = d
        return check_request

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
