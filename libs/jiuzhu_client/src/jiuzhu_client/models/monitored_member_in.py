from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoredMemberIn")


@_attrs_define
class MonitoredMemberIn:
    """
    Attributes:
        id_number (str):
        name (None | str | Unset):
        relation (str | Unset):  Default: 'other_relative'.
    """

    id_number: str
    name: None | str | Unset = UNSET
    relation: str | Unset = "other_relative"

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        relation = self.relation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_number": id_number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_number = d.pop("id_number")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        relation = d.pop("relation", UNSET)

        monitored_member_in = cls(
            id_number=id_number,
            name=name,
            relation=relation,
        )

        return monitored_member_in
