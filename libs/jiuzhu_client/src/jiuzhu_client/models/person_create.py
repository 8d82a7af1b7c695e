from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_create_roles_item import PersonCreateRolesItem, check_person_create_roles_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonCreate")


@_attrs_define
class PersonCreate:
    """A person who logs in with a password.

    Attributes:
        name (str):
        password (str):
        roles (list[PersonCreateRolesItem]):
        username (str):
        external_subject (None | str | Unset):
        kind (Literal['user'] | Unset):  Default: 'user'.
        region_scope (str | Unset):  Default: ''.
    """

    name: str
    password: str
    roles: list[PersonCreateRolesItem]
    username: str
    external_subject: None | str | Unset = UNSET
    kind: Literal["user"] | Unset = "user"
    region_scope: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        roles = []
        for roles_item_data in self.roles:
            roles_item: str = roles_item_data
            roles.append(roles_item)

        username = self.username

        external_subject: None | str | Unset
        if isinstance(self.external_subject, Unset):
            external_subject = UNSET
        else:
            external_subject = self.external_subject

        kind = self.kind

        region_scope = self.region_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
                "roles": roles,
                "username": username,
            }
        )
        if external_subject is not UNSET:
            field_dict["external_subject"] = external_subject
        if kind is not UNSET:
            field_dict["kind"] = kind
        if region_scope is not UNSET:
            field_dict["region_scope"] = region_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = check_person_create_roles_item(roles_item_data)

            roles.append(roles_item)

        username = d.pop("username")

        def _parse_external_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_subject = _parse_external_subject(d.pop("external_subject", UNSET))

        kind = cast(Literal["user"] | Unset, d.pop("kind", UNSET))
        if kind != "user" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'user', got '{kind}'")

        region_scope = d.pop("region_scope", UNSET)

        person_create = cls(
            name=name,
            password=password,
            roles=roles,
            username=username,
            external_subject=external_subject,
            kind=kind,
            region_scope=region_scope,
        )

        person_create.additional_properties = d
        return person_create

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
