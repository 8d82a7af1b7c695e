from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.income_declared_output_type import (
    IncomeDeclaredOutputType,
    check_income_declared_output_type,
)

T = TypeVar("T", bound="IncomeDeclaredOutput")


@_attrs_define
class IncomeDeclaredOutput:
    """
    Attributes:
        monthly_yuan (str):
        type_ (IncomeDeclaredOutputType):
    """

    monthly_yuan: str
    type_: IncomeDeclaredOutputType

    def to_dict(self) -> dict[str, Any]:
        monthly_yuan = self.monthly_yuan

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "monthly_yuan": monthly_yuan,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        monthly_yuan = d.pop("monthly_yuan")

        type_ = check_income_declared_output_type(d.pop("type"))

        income_declared_output = cls(
            monthly_yuan=monthly_yuan,
            type_=type_,
        )

        return income_declared_output
