from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.declared_asset import DeclaredAsset
    from ..models.declared_income import DeclaredIncome


T = TypeVar("T", bound="Declared")


@_attrs_define
class Declared:
    """
    Attributes:
        assets (list[DeclaredAsset] | Unset):
        incomes (list[DeclaredIncome] | Unset):
    """

    assets: list[DeclaredAsset] | Unset = UNSET
    incomes: list[DeclaredIncome] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        incomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incomes, Unset):
            incomes = []
            for incomes_item_data in self.incomes:
                incomes_item = incomes_item_data.to_dict()
                incomes.append(incomes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets
        if incomes is not UNSET:
            field_dict["incomes"] = incomes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.declared_asset import DeclaredAsset  # noqa: PLC0415
        from ..models.declared_income import DeclaredIncome  # noqa: PLC0415

        d = dict(src_dict)
        _assets = d.pop("assets", UNSET)
        assets: list[DeclaredAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = DeclaredAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        _incomes = d.pop("incomes", UNSET)
        incomes: list[DeclaredIncome] | Unset = UNSET
        if _incomes is not UNSET:
            incomes = []
            for incomes_item_data in _incomes:
                incomes_item = DeclaredIncome.from_dict(incomes_item_data)

                incomes.append(incomes_item)

        declared = cls(
            assets=assets,
            incomes=incomes,
        )

        declared.additional_properties = d
        return declared

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
