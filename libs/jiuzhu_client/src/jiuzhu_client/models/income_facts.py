from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomeFacts")


@_attrs_define
class IncomeFacts:
    """
    Attributes:
        household_monthly_yuan (float | str):
        per_capita_monthly_yuan (float | None | str | Unset):
    """

    household_monthly_yuan: float | str
    per_capita_monthly_yuan: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household_monthly_yuan: float | str
        household_monthly_yuan = self.household_monthly_yuan

        per_capita_monthly_yuan: float | None | str | Unset
        if isinstance(self.per_capita_monthly_yuan, Unset):
            per_capita_monthly_yuan = UNSET
        else:
            per_capita_monthly_yuan = self.per_capita_monthly_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household_monthly_yuan": household_monthly_yuan,
            }
        )
        if per_capita_monthly_yuan is not UNSET:
            field_dict["per_capita_monthly_yuan"] = per_capita_monthly_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_household_monthly_yuan(data: object) -> float | str:
            return cast(float | str, data)

        household_monthly_yuan = _parse_household_monthly_yuan(d.pop("household_monthly_yuan"))

        def _parse_per_capita_monthly_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        per_capita_monthly_yuan = _parse_per_capita_monthly_yuan(
            d.pop("per_capita_monthly_yuan", UNSET)
        )

        income_facts = cls(
            household_monthly_yuan=household_monthly_yuan,
            per_capita_monthly_yuan=per_capita_monthly_yuan,
        )

        income_facts.additional_properties = d
        return income_facts

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
