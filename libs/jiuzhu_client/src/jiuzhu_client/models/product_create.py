from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.product_create_eligibility_item import (
    ProductCreateEligibilityItem,
    check_product_create_eligibility_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreate")


@_attrs_define
class ProductCreate:
    """
    Attributes:
        list_price_yuan (float | str): 3–50 元 below the market price
        market_price_yuan (float | str):
        name (str):
        quota_per_household (int): Per household per month
        supplier_organization_id (UUID):
        unit (str):
        eligibility (list[ProductCreateEligibilityItem] | Unset):
        initial_stock (int | Unset):  Default: 0.
        regions_served (list[str] | Unset):
    """

    list_price_yuan: float | str
    market_price_yuan: float | str
    name: str
    quota_per_household: int
    supplier_organization_id: UUID
    unit: str
    eligibility: list[ProductCreateEligibilityItem] | Unset = UNSET
    initial_stock: int | Unset = 0
    regions_served: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_price_yuan: float | str
        list_price_yuan = self.list_price_yuan

        market_price_yuan: float | str
        market_price_yuan = self.market_price_yuan

        name = self.name

        quota_per_household = self.quota_per_household

        supplier_organization_id = str(self.supplier_organization_id)

        unit = self.unit

        eligibility: list[str] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = []
            for eligibility_item_data in self.eligibility:
                eligibility_item: str = eligibility_item_data
                eligibility.append(eligibility_item)

        initial_stock = self.initial_stock

        regions_served: list[str] | Unset = UNSET
        if not isinstance(self.regions_served, Unset):
            regions_served = self.regions_served

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_price_yuan": list_price_yuan,
                "market_price_yuan": market_price_yuan,
                "name": name,
                "quota_per_household": quota_per_household,
                "supplier_organization_id": supplier_organization_id,
                "unit": unit,
            }
        )
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if initial_stock is not UNSET:
            field_dict["initial_stock"] = initial_stock
        if regions_served is not UNSET:
            field_dict["regions_served"] = regions_served

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_list_price_yuan(data: object) -> float | str:
            return cast(float | str, data)

        list_price_yuan = _parse_list_price_yuan(d.pop("list_price_yuan"))

        def _parse_market_price_yuan(data: object) -> float | str:
            return cast(float | str, data)

        market_price_yuan = _parse_market_price_yuan(d.pop("market_price_yuan"))

        name = d.pop("name")

        quota_per_household = d.pop("quota_per_household")

        supplier_organization_id = UUID(d.pop("supplier_organization_id"))

        unit = d.pop("unit")

        _eligibility = d.pop("eligibility", UNSET)
        eligibility: list[ProductCreateEligibilityItem] | Unset = UNSET
        if _eligibility is not UNSET:
            eligibility = []
            for eligibility_item_data in _eligibility:
                eligibility_item = check_product_create_eligibility_item(eligibility_item_data)

                eligibility.append(eligibility_item)

        initial_stock = d.pop("initial_stock", UNSET)

        regions_served = cast(list[str], d.pop("regions_served", UNSET))

        product_create = cls(
            list_price_yuan=list_price_yuan,
            market_price_yuan=market_price_yuan,
            name=name,
            quota_per_household=quota_per_household,
            supplier_organization_id=supplier_organization_id,
            unit=unit,
            eligibility=eligibility,
            initial_stock=initial_stock,
            regions_served=regions_served,
        )

        return product_create
