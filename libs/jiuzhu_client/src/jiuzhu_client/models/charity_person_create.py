from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.charity_person_create_role import (
    CharityPersonCreateRole,
    check_charity_person_create_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CharityPersonCreate")


@_attrs_define
class CharityPersonCreate:
    """
    Attributes:
        name (str):
        region_code (str):
        role (CharityPersonCreateRole):
        phone (None | str | Unset):
    """

    name: str
    region_code: str
    role: CharityPersonCreateRole
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region_code = self.region_code

        role: str = self.role

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "region_code": region_code,
                "role": role,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        region_code = d.pop("region_code")

        role = check_charity_person_create_role(d.pop("role"))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        charity_person_create = cls(
            name=name,
            region_code=region_code,
            role=role,
            phone=phone,
        )

        return charity_person_create
