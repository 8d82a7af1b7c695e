from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.identity_read import IdentityRead


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The caller as the gateway sees their token, and their identity record where there is one.

    Attributes:
        allowed_sources (list[str]):
        identity (IdentityRead | None):
        kind (str):
        name (None | str):
        organization_id (None | str):
        region_scope (str):
        roles (list[str]):
        subject (str):
    """

    allowed_sources: list[str]
    identity: IdentityRead | None
    kind: str
    name: None | str
    organization_id: None | str
    region_scope: str
    roles: list[str]
    subject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.identity_read import IdentityRead  # noqa: PLC0415

        allowed_sources = self.allowed_sources

        identity: dict[str, Any] | None
        if isinstance(self.identity, IdentityRead):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        kind = self.kind

        name: None | str
        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        region_scope = self.region_scope

        roles = self.roles

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_sources": allowed_sources,
                "identity": identity,
                "kind": kind,
                "name": name,
                "organization_id": organization_id,
                "region_scope": region_scope,
                "roles": roles,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identity_read import IdentityRead  # noqa: PLC0415

        d = dict(src_dict)
        allowed_sources = cast(list[str], d.pop("allowed_sources"))

        def _parse_identity(data: object) -> IdentityRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identity_type_0 = IdentityRead.from_dict(data)

                return identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentityRead | None, data)

        identity = _parse_identity(d.pop("identity"))

        kind = d.pop("kind")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        region_scope = d.pop("region_scope")

        roles = cast(list[str], d.pop("roles"))

        subject = d.pop("subject")

        me = cls(
            allowed_sources=allowed_sources,
            identity=identity,
            kind=kind,
            name=name,
            organization_id=organization_id,
            region_scope=region_scope,
            roles=roles,
            subject=subject,
        )

        me.additional_properties = d
        return me

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
