from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Consent")


@_attrs_define
class Consent:
    """The household's written authorization to check its economic status (授权核对).

    Attributes:
        consent_id (UUID):
        granted_at (datetime.datetime):
        granted_by (str):
        scope (list[str]):
    """

    consent_id: UUID
    granted_at: datetime.datetime
    granted_by: str
    scope: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_id = str(self.consent_id)

        granted_at = self.granted_at.isoformat()

        granted_by = self.granted_by

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consent_id": consent_id,
                "granted_at": granted_at,
                "granted_by": granted_by,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consent_id = UUID(d.pop("consent_id"))

        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        granted_by = d.pop("granted_by")

        scope = cast(list[str], d.pop("scope"))

        consent = cls(
            consent_id=consent_id,
            granted_at=granted_at,
            granted_by=granted_by,
            scope=scope,
        )

        consent.additional_properties = d
        return consent

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
