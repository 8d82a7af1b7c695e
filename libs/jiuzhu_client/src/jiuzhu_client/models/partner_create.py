from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_create_role import PartnerCreateRole, check_partner_create_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCreate")


@_attrs_define
class PartnerCreate:
    """A partner system: a data partner with its allowed sources, or a charity bound to an organization.

    Attributes:
        client_id (str):
        name (str):
        role (PartnerCreateRole):
        allowed_sources (list[str] | Unset):
        kind (Literal['partner'] | Unset):  Default: 'partner'.
        organization_id (None | str | Unset):
        region_scope (str | Unset):  Default: ''.
    """

    client_id: str
    name: str
    role: PartnerCreateRole
    allowed_sources: list[str] | Unset = UNSET
    kind: Literal["partner"] | Unset = "partner"
    organization_id: None | str | Unset = UNSET
    region_scope: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        name = self.name

        role: str = self.role

        allowed_sources: list[str] | Unset = UNSET
        if not isinstance(self.allowed_sources, Unset):
            allowed_sources = self.allowed_sources

        kind = self.kind

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        region_scope = self.region_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "name": name,
                "role": role,
            }
        )
        if allowed_sources is not UNSET:
            field_dict["allowed_sources"] = allowed_sources
        if kind is not UNSET:
            field_dict["kind"] = kind
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if region_scope is not UNSET:
            field_dict["region_scope"] = region_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        name = d.pop("name")

        role = check_partner_create_role(d.pop("role"))

        allowed_sources = cast(list[str], d.pop("allowed_sources", UNSET))

        kind = cast(Literal["partner"] | Unset, d.pop("kind", UNSET))
        if kind != "partner" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'partner', got '{kind}'")

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        region_scope = d.pop("region_scope", UNSET)

        partner_create = cls(
            client_id=client_id,
            name=name,
            role=role,
            allowed_sources=allowed_sources,
            kind=kind,
            organization_id=organization_id,
            region_scope=region_scope,
        )

        partner_create.additional_properties = d
        return partner_create

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
