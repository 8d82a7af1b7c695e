from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WarningMemberRead")


@_attrs_define
class WarningMemberRead:
    """
    Attributes:
        id_number_masked (str):
        name_masked (None | str):
        relation (str):
    """

    id_number_masked: str
    name_masked: None | str
    relation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number_masked = self.id_number_masked

        name_masked: None | str
        name_masked = self.name_masked

        relation = self.relation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number_masked": id_number_masked,
                "name_masked": name_masked,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_number_masked = d.pop("id_number_masked")

        def _parse_name_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_masked = _parse_name_masked(d.pop("name_masked"))

        relation = d.pop("relation")

        warning_member_read = cls(
            id_number_masked=id_number_masked,
            name_masked=name_masked,
            relation=relation,
        )

        warning_member_read.additional_properties = d
        return warning_member_read

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
