from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.asset_declared_input_type import (
    AssetDeclaredInputType,
    check_asset_declared_input_type,
)

T = TypeVar("T", bound="AssetDeclaredInput")


@_attrs_define
class AssetDeclaredInput:
    """
    Attributes:
        type_ (AssetDeclaredInputType):
        value_yuan (float | str):
    """

    type_: AssetDeclaredInputType
    value_yuan: float | str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value_yuan: float | str
        value_yuan = self.value_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value_yuan": value_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_asset_declared_input_type(d.pop("type"))

        def _parse_value_yuan(data: object) -> float | str:
            return cast(float | str, data)

        value_yuan = _parse_value_yuan(d.pop("value_yuan"))

        asset_declared_input = cls(
            type_=type_,
            value_yuan=value_yuan,
        )

        return asset_declared_input
