from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeclaredAsset")


@_attrs_define
class DeclaredAsset:
    """
    Attributes:
        id_number (str):
        type_ (str):
        value_yuan (float | str):
    """

    id_number: str
    type_: str
    value_yuan: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        type_ = self.type_

        value_yuan: float | str
        value_yuan = self.value_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number": id_number,
                "type": type_,
                "value_yuan": value_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_number = d.pop("id_number")

        type_ = d.pop("type")

        def _parse_value_yuan(data: object) -> float | str:
            return cast(float | str, data)

        value_yuan = _parse_value_yuan(d.pop("value_yuan"))

        declared_asset = cls(
            id_number=id_number,
            type_=type_,
            value_yuan=value_yuan,
        )

        declared_asset.additional_properties = d
        return declared_asset

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
