from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentityCreated")


@_attrs_define
class IdentityCreated:
    """A new partner's secret is returned once, here, and never again.

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
        client_secret (None | str | Unset):
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
    client_secret: None | str | Unset = UNSET
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

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

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
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

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

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        identity_created = cls(
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
            client_secret=client_secret,
        )

        identity_created.additional_properties = d
        return identity_created

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
