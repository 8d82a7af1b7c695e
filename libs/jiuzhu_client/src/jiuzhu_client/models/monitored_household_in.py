from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.monitored_household_in_registration_type_0 import (
    MonitoredHouseholdInRegistrationType0,
    check_monitored_household_in_registration_type_0,
)
from ..models.monitored_household_in_status import (
    MonitoredHouseholdInStatus,
    check_monitored_household_in_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitored_member_in import MonitoredMemberIn


T = TypeVar("T", bound="MonitoredHouseholdIn")


@_attrs_define
class MonitoredHouseholdIn:
    """One household of a population load (监测对象); its key is the loader's own household id.

    Attributes:
        household_key (str):
        members (list[MonitoredMemberIn]):
        region_code (str): town or village code
        status (MonitoredHouseholdInStatus):
        address (None | str | Unset):
        annual_income_yuan (float | None | str | Unset):
        assets_threshold_yuan (float | None | str | Unset):
        household_id (None | Unset | UUID):
        income_threshold_monthly_yuan (float | None | str | Unset):
        registration (MonitoredHouseholdInRegistrationType0 | None | Unset):
    """

    household_key: str
    members: list[MonitoredMemberIn]
    region_code: str
    status: MonitoredHouseholdInStatus
    address: None | str | Unset = UNSET
    annual_income_yuan: float | None | str | Unset = UNSET
    assets_threshold_yuan: float | None | str | Unset = UNSET
    household_id: None | Unset | UUID = UNSET
    income_threshold_monthly_yuan: float | None | str | Unset = UNSET
    registration: MonitoredHouseholdInRegistrationType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        household_key = self.household_key

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        region_code = self.region_code

        status: str = self.status

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        annual_income_yuan: float | None | str | Unset
        if isinstance(self.annual_income_yuan, Unset):
            annual_income_yuan = UNSET
        else:
            annual_income_yuan = self.annual_income_yuan

        assets_threshold_yuan: float | None | str | Unset
        if isinstance(self.assets_threshold_yuan, Unset):
            assets_threshold_yuan = UNSET
        else:
            assets_threshold_yuan = self.assets_threshold_yuan

        household_id: None | str | Unset
        if isinstance(self.household_id, Unset):
            household_id = UNSET
        elif isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        income_threshold_monthly_yuan: float | None | str | Unset
        if isinstance(self.income_threshold_monthly_yuan, Unset):
            income_threshold_monthly_yuan = UNSET
        else:
            income_threshold_monthly_yuan = self.income_threshold_monthly_yuan

        registration: None | str | Unset
        if isinstance(self.registration, Unset):
            registration = UNSET
        elif isinstance(self.registration, str):
            registration = self.registration
        else:
            registration = self.registration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "household_key": household_key,
                "members": members,
                "region_code": region_code,
                "status": status,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if annual_income_yuan is not UNSET:
            field_dict["annual_income_yuan"] = annual_income_yuan
        if assets_threshold_yuan is not UNSET:
            field_dict["assets_threshold_yuan"] = assets_threshold_yuan
        if household_id is not UNSET:
            field_dict["household_id"] = household_id
        if income_threshold_monthly_yuan is not UNSET:
            field_dict["income_threshold_monthly_yuan"] = income_threshold_monthly_yuan
        if registration is not UNSET:
            field_dict["registration"] = registration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitored_member_in import MonitoredMemberIn  # noqa: PLC0415

        d = dict(src_dict)
        household_key = d.pop("household_key")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MonitoredMemberIn.from_dict(members_item_data)

            members.append(members_item)

        region_code = d.pop("region_code")

        status = check_monitored_household_in_status(d.pop("status"))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_annual_income_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        annual_income_yuan = _parse_annual_income_yuan(d.pop("annual_income_yuan", UNSET))

        def _parse_assets_threshold_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        assets_threshold_yuan = _parse_assets_threshold_yuan(d.pop("assets_threshold_yuan", UNSET))

        def _parse_household_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        household_id = _parse_household_id(d.pop("household_id", UNSET))

        def _parse_income_threshold_monthly_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        income_threshold_monthly_yuan = _parse_income_threshold_monthly_yuan(
            d.pop("income_threshold_monthly_yuan", UNSET)
        )

        def _parse_registration(
            data: object,
        ) -> MonitoredHouseholdInRegistrationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registration_type_0 = check_monitored_household_in_registration_type_0(data)

                return registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitoredHouseholdInRegistrationType0 | None | Unset, data)

        registration = _parse_registration(d.pop("registration", UNSET))

        monitored_household_in = cls(
            household_key=household_key,
            members=members,
            region_code=region_code,
            status=status,
            address=address,
            annual_income_yuan=annual_income_yuan,
            assets_threshold_yuan=assets_threshold_yuan,
            household_id=household_id,
            income_threshold_monthly_yuan=income_threshold_monthly_yuan,
            registration=registration,
        )

        return monitored_household_in
