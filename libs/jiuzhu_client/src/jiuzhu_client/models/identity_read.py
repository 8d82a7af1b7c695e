from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IdentityRead")


@_attrs_define
class IdentityRead:
    """
    Attributes:
        allowed_sources (list[str]):
        created_at (datetime.datetime):
        disabled (bool):
        id (UUID):
        kind (str):
        locked_until (datetime.datetime | None):
        name (str):
        organization_id (None | str):
        region_scope (str):
        roles (list[str]):
        secret_rotated_at (datetime.datetime):
        username (str):
    """

    allowed_sources: list[str]
    created_at: datetime.datetime
    disabled: bool
    id: UUID
    kind: str
    locked_until: datetime.datetime | None
    name: str
    organization_id: None | str
    region_scope: str
    roles: list[str]
    secret_rotated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_sources = self.allowed_sources

        created_at = self.created_at.isoformat()

        disabled = self.disabled

        id = str(self.id)

        kind = self.kind

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        region_scope = self.region_scope

        roles = self.roles

        secret_rotated_at = self.secret_rotated_at.isoformat()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_sources": allowed_sources,
                "created_at": created_at,
                "disabled": disabled,
                "id": id,
                "kind": kind,
                "locked_until": locked_until,
                "name": name,
                "organization_id": organization_id,
                "region_scope": region_scope,
                "roles": roles,
                "secret_rotated_at": secret_rotated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_sources = cast(list[str], d.pop("allowed_sources"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disabled = d.pop("disabled")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)

                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))

        name = d.pop("name")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        region_scope = d.pop("region_scope")

        roles = cast(list[str], d.pop("roles"))

        secret_rotated_at = datetime.datetime.fromisoformat(d.pop("secret_rotated_at"))

        username = d.pop("username")

        identity_read = cls(
            allowed_sources=allowed_sources,
            created_at=created_at,
            disabled=disabled,
            id=id,
            kind=kind,
            locked_until=locked_until,
            name=name,
            organization_id=organization_id,
            region_scope=region_scope,
            roles=roles,
            secret_rotated_at=secret_rotated_at,
            username=username,
        )

        identity_read.additional_properties = d
        return identity_read

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
