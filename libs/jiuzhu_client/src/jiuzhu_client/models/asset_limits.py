from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetLimits")


@_attrs_define
class AssetLimits:
    """The region's asset limits, when the requester knows them (otherwise service defaults).

    Attributes:
        extra_housing (int | None | Unset):
        financial_assets_per_capita_yuan (float | None | str | Unset):
        vehicles (int | None | Unset):
    """

    extra_housing: int | None | Unset = UNSET
    financial_assets_per_capita_yuan: float | None | str | Unset = UNSET
    vehicles: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extra_housing: int | None | Unset
        if isinstance(self.extra_housing, Unset):
            extra_housing = UNSET
        else:
            extra_housing = self.extra_housing

        financial_assets_per_capita_yuan: float | None | str | Unset
        if isinstance(self.financial_assets_per_capita_yuan, Unset):
            financial_assets_per_capita_yuan = UNSET
        else:
            financial_assets_per_capita_yuan = self.financial_assets_per_capita_yuan

        vehicles: int | None | Unset
        if isinstance(self.vehicles, Unset):
            vehicles = UNSET
        else:
            vehicles = self.vehicles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extra_housing is not UNSET:
            field_dict["extra_housing"] = extra_housing
        if financial_assets_per_capita_yuan is not UNSET:
            field_dict["financial_assets_per_capita_yuan"] = financial_assets_per_capita_yuan
        if vehicles is not UNSET:
            field_dict["vehicles"] = vehicles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_extra_housing(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extra_housing = _parse_extra_housing(d.pop("extra_housing", UNSET))

        def _parse_financial_assets_per_capita_yuan(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        financial_assets_per_capita_yuan = _parse_financial_assets_per_capita_yuan(
            d.pop("financial_assets_per_capita_yuan", UNSET)
        )

        def _parse_vehicles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vehicles = _parse_vehicles(d.pop("vehicles", UNSET))

        asset_limits = cls(
            extra_housing=extra_housing,
            financial_assets_per_capita_yuan=financial_assets_per_capita_yuan,
            vehicles=vehicles,
        )

        asset_limits.additional_properties = d
        return asset_limits

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
