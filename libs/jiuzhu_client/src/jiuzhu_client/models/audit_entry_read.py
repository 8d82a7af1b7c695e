from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """
    Attributes:
        id (UUID):
        method (str):
        occurred_at (datetime.datetime):
        path (str):
        purpose (None | str):
        request_id (None | str):
        roles (list[str]):
        service (str):
        status (int):
        subject (str):
        subject_name (None | str):
    """

    id: UUID
    method: str
    occurred_at: datetime.datetime
    path: str
    purpose: None | str
    request_id: None | str
    roles: list[str]
    service: str
    status: int
    subject: str
    subject_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        method = self.method

        occurred_at = self.occurred_at.isoformat()

        path = self.path

        purpose: None | str
        purpose = self.purpose

        request_id: None | str
        request_id = self.request_id

        roles = self.roles

        service = self.service

        status = self.status

        subject = self.subject

        subject_name: None | str
        subject_name = self.subject_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "method": method,
                "occurred_at": occurred_at,
                "path": path,
                "purpose": purpose,
                "request_id": request_id,
                "roles": roles,
                "service": service,
                "status": status,
                "subject": subject,
                "subject_name": subject_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        method = d.pop("method")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        path = d.pop("path")

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        roles = cast(list[str], d.pop("roles"))

        service = d.pop("service")

        status = d.pop("status")

        subject = d.pop("subject")

        def _parse_subject_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_name = _parse_subject_name(d.pop("subject_name"))

        audit_entry_read = cls(
            id=id,
            method=method,
            occurred_at=occurred_at,
            path=path,
            purpose=purpose,
            request_id=request_id,
            roles=roles,
            service=service,
            status=status,
            subject=subject,
            subject_name=subject_name,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
