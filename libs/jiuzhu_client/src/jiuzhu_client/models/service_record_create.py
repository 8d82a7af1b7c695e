from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceRecordCreate")


@_attrs_define
class ServiceRecordCreate:
    """
    Attributes:
        organization_id (UUID):
        person_times (int):
        region_code (str):
        served_on (datetime.date):
        service_type (str):
        note (None | str | Unset):
        resource_id (None | Unset | UUID):
    """

    organization_id: UUID
    person_times: int
    region_code: str
    served_on: datetime.date
    service_type: str
    note: None | str | Unset = UNSET
    resource_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        person_times = self.person_times

        region_code = self.region_code

        served_on = self.served_on.isoformat()

        service_type = self.service_type

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        elif isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "person_times": person_times,
                "region_code": region_code,
                "served_on": served_on,
                "service_type": service_type,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        person_times = d.pop("person_times")

        region_code = d.pop("region_code")

        served_on = datetime.date.fromisoformat(d.pop("served_on"))

        service_type = d.pop("service_type")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_resource_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)

                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        service_record_create = cls(
            organization_id=organization_id,
            person_times=person_times,
            region_code=region_code,
            served_on=served_on,
            service_type=service_type,
            note=note,
            resource_id=resource_id,
        )

        return service_record_create
