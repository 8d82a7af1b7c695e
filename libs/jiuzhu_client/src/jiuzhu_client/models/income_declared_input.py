from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.income_declared_input_type import (
    IncomeDeclaredInputType,
    check_income_declared_input_type,
)

T = TypeVar("T", bound="IncomeDeclaredInput")


@_attrs_define
class IncomeDeclaredInput:
    """
    Attributes:
        monthly_yuan (float | str):
        type_ (IncomeDeclaredInputType):
    """

    monthly_yuan: float | str
    type_: IncomeDeclaredInputType

    def to_dict(self) -> dict[str, Any]:
        monthly_yuan: float | str
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

        def _parse_monthly_yuan(data: object) -> float | str:
            return cast(float | str, data)

        monthly_yuan = _parse_monthly_yuan(d.pop("monthly_yuan"))

        type_ = check_income_declared_input_type(d.pop("type"))

        income_declared_input = cls(
            monthly_yuan=monthly_yuan,
            type_=type_,
        )

        return income_declared_input
