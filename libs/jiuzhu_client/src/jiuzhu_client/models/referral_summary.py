from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_summary_status import ReferralSummaryStatus, check_referral_summary_status

T = TypeVar("T", bound="ReferralSummary")


@_attrs_define
class ReferralSummary:
    """
    Attributes:
        benefit_kind (str):
        created_at (datetime.datetime):
        household_id (UUID):
        id (UUID):
        resource_id (UUID):
        respond_by (datetime.datetime | None):
        status (ReferralSummaryStatus):
        to_organization_id (UUID):
    """

    benefit_kind: str
    created_at: datetime.datetime
    household_id: UUID
    id: UUID
    resource_id: UUID
    respond_by: datetime.datetime | None
    status: ReferralSummaryStatus
    to_organization_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit_kind = self.benefit_kind

        created_at = self.created_at.isoformat()

        household_id = str(self.household_id)

        id = str(self.id)

        resource_id = str(self.resource_id)

        respond_by: None | str
        if isinstance(self.respond_by, datetime.datetime):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        status: str = self.status

        to_organization_id = str(self.to_organization_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "benefit_kind": benefit_kind,
                "created_at": created_at,
                "household_id": household_id,
                "id": id,
                "resource_id": resource_id,
                "respond_by": respond_by,
                "status": status,
                "to_organization_id": to_organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        benefit_kind = d.pop("benefit_kind")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        resource_id = UUID(d.pop("resource_id"))

        def _parse_respond_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_by_type_0 = datetime.datetime.fromisoformat(data)

                return respond_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        respond_by = _parse_respond_by(d.pop("respond_by"))

        status = check_referral_summary_status(d.pop("status"))

        to_organization_id = UUID(d.pop("to_organization_id"))

        referral_summary = cls(
            benefit_kind=benefit_kind,
            created_at=created_at,
            household_id=household_id,
            id=id,
            resource_id=resource_id,
            respond_by=respond_by,
            status=status,
            to_organization_id=to_organization_id,
        )

        referral_summary.additional_properties = d
        return referral_summary

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
