from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConsentRead")


@_attrs_define
class ConsentRead:
    """
    Attributes:
        granted_at (datetime.datetime):
        granted_by (str):
        id (UUID):
        revocation_reason (None | str):
        revoked_at (datetime.datetime | None):
        scope (list[str]):
        share_with_charity (bool):
        signer_name (str):
    """

    granted_at: datetime.datetime
    granted_by: str
    id: UUID
    revocation_reason: None | str
    revoked_at: datetime.datetime | None
    scope: list[str]
    share_with_charity: bool
    signer_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granted_at = self.granted_at.isoformat()

        granted_by = self.granted_by

        id = str(self.id)

        revocation_reason: None | str
        revocation_reason = self.revocation_reason

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scope = self.scope

        share_with_charity = self.share_with_charity

        signer_name = self.signer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granted_at": granted_at,
                "granted_by": granted_by,
                "id": id,
                "revocation_reason": revocation_reason,
                "revoked_at": revoked_at,
                "scope": scope,
                "share_with_charity": share_with_charity,
                "signer_name": signer_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        granted_by = d.pop("granted_by")

        id = UUID(d.pop("id"))

        def _parse_revocation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocation_reason"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        scope = cast(list[str], d.pop("scope"))

        share_with_charity = d.pop("share_with_charity")

        signer_name = d.pop("signer_name")

        consent_read = cls(
            granted_at=granted_at,
            granted_by=granted_by,
            id=id,
            revocation_reason=revocation_reason,
            revoked_at=revoked_at,
            scope=scope,
            share_with_charity=share_with_charity,
            signer_name=signer_name,
        )

        consent_read.additional_properties = d
        return consent_read

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
