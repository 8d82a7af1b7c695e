from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.asset_declared_output_type import (
    AssetDeclaredOutputType,
    check_asset_declared_output_type,
)

T = TypeVar("T", bound="AssetDeclaredOutput")


@_attrs_define
class AssetDeclaredOutput:
    """
    Attributes:
        type_ (AssetDeclaredOutputType):
        value_yuan (str):
    """

    type_: AssetDeclaredOutputType
    value_yuan: str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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
        type_ = check_asset_declared_output_type(d.pop("type"))

        value_yuan = d.pop("value_yuan")

        asset_declared_output = cls(
            type_=type_,
            value_yuan=value_yuan,
        )

        return asset_declared_output
