from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeclaredIncome")


@_attrs_define
class DeclaredIncome:
    """
    Attributes:
        id_number (str):
        monthly_yuan (float | str):
        type_ (str):
    """

    id_number: str
    monthly_yuan: float | str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        monthly_yuan: float | str
        monthly_yuan = self.monthly_yuan

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number": id_number,
                "monthly_yuan": monthly_yuan,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_number = d.pop("id_number")

        def _parse_monthly_yuan(data: object) -> float | str:
            return cast(float | str, data)

        monthly_yuan = _parse_monthly_yuan(d.pop("monthly_yuan"))

        type_ = d.pop("type")

        declared_income = cls(
            id_number=id_number,
            monthly_yuan=monthly_yuan,
            type_=type_,
        )

        declared_income.additional_properties = d
        return declared_income

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
