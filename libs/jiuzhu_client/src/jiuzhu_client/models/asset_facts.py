from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetFacts")


@_attrs_define
class AssetFacts:
    """
    Attributes:
        deposits_yuan (float | str):
        extra_housing (int):
        total_yuan (float | str):
        vehicles (int):
    """

    deposits_yuan: float | str
    extra_housing: int
    total_yuan: float | str
    vehicles: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposits_yuan: float | str
        deposits_yuan = self.deposits_yuan

        extra_housing = self.extra_housing

        total_yuan: float | str
        total_yuan = self.total_yuan

        vehicles = self.vehicles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deposits_yuan": deposits_yuan,
                "extra_housing": extra_housing,
                "total_yuan": total_yuan,
                "vehicles": vehicles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deposits_yuan(data: object) -> float | str:
            return cast(float | str, data)

        deposits_yuan = _parse_deposits_yuan(d.pop("deposits_yuan"))

        extra_housing = d.pop("extra_housing")

        def _parse_total_yuan(data: object) -> float | str:
            return cast(float | str, data)

        total_yuan = _parse_total_yuan(d.pop("total_yuan"))

        vehicles = d.pop("vehicles")

        asset_facts = cls(
            deposits_yuan=deposits_yuan,
            extra_housing=extra_housing,
            total_yuan=total_yuan,
            vehicles=vehicles,
        )

        asset_facts.additional_properties = d
        return asset_facts

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
