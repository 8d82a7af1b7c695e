from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_record_read_details import ServiceRecordReadDetails


T = TypeVar("T", bound="ServiceRecordRead")


@_attrs_define
class ServiceRecordRead:
    """
    Attributes:
        channel (str):
        details (ServiceRecordReadDetails):
        id (UUID):
        organization_id (UUID):
        period (str):
        person_times (int):
        project (str):
        referral_id (None | UUID):
        region_code (str):
        resource_id (None | UUID):
        served_on (datetime.date):
        service_type (str):
    """

    channel: str
    details: ServiceRecordReadDetails
    id: UUID
    organization_id: UUID
    period: str
    person_times: int
    project: str
    referral_id: None | UUID
    region_code: str
    resource_id: None | UUID
    served_on: datetime.date
    service_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        details = self.details.to_dict()

        id = str(self.id)

        organization_id = str(self.organization_id)

        period = self.period

        person_times = self.person_times

        project = self.project

        referral_id: None | str
        if isinstance(self.referral_id, UUID):
            referral_id = str(self.referral_id)
        else:
            referral_id = self.referral_id

        region_code = self.region_code

        resource_id: None | str
        if isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        served_on = self.served_on.isoformat()

        service_type = self.service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "details": details,
                "id": id,
                "organization_id": organization_id,
                "period": period,
                "person_times": person_times,
                "project": project,
                "referral_id": referral_id,
                "region_code": region_code,
                "resource_id": resource_id,
                "served_on": served_on,
                "service_type": service_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_record_read_details import ServiceRecordReadDetails  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        details = ServiceRecordReadDetails.from_dict(d.pop("details"))

        id = UUID(d.pop("id"))

        organization_id = UUID(d.pop("organization_id"))

        period = d.pop("period")

        person_times = d.pop("person_times")

        project = d.pop("project")

        def _parse_referral_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referral_id_type_0 = UUID(data)

                return referral_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        referral_id = _parse_referral_id(d.pop("referral_id"))

        region_code = d.pop("region_code")

        def _parse_resource_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)

                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))

        served_on = datetime.date.fromisoformat(d.pop("served_on"))

        service_type = d.pop("service_type")

        service_record_read = cls(
            channel=channel,
            details=details,
            id=id,
            organization_id=organization_id,
            period=period,
            person_times=person_times,
            project=project,
            referral_id=referral_id,
            region_code=region_code,
            resource_id=resource_id,
            served_on=served_on,
            service_type=service_type,
        )

        service_record_read.additional_properties = d
        return service_record_read

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
