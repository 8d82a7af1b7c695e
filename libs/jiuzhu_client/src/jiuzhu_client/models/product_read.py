from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductRead")


@_attrs_define
class ProductRead:
    """
    Attributes:
        available (int):
        discount_yuan (str):
        eligibility (list[str]):
        id (UUID):
        list_price_yuan (str):
        market_price_yuan (str):
        name (str):
        quota_per_household (int):
        regions_served (list[str]):
        status (str):
        stock_on_hand (int):
        stock_reserved (int):
        supplier_organization_id (UUID):
        unit (str):
    """

    available: int
    discount_yuan: str
    eligibility: list[str]
    id: UUID
    list_price_yuan: str
    market_price_yuan: str
    name: str
    quota_per_household: int
    regions_served: list[str]
    status: str
    stock_on_hand: int
    stock_reserved: int
    supplier_organization_id: UUID
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        discount_yuan = self.discount_yuan

        eligibility = self.eligibility

        id = str(self.id)

        list_price_yuan = self.list_price_yuan

        market_price_yuan = self.market_price_yuan

        name = self.name

        quota_per_household = self.quota_per_household

        regions_served = self.regions_served

        status = self.status

        stock_on_hand = self.stock_on_hand

        stock_reserved = self.stock_reserved

        supplier_organization_id = str(self.supplier_organization_id)

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "discount_yuan": discount_yuan,
                "eligibility": eligibility,
                "id": id,
                "list_price_yuan": list_price_yuan,
                "market_price_yuan": market_price_yuan,
                "name": name,
                "quota_per_household": quota_per_household,
                "regions_served": regions_served,
                "status": status,
                "stock_on_hand": stock_on_hand,
                "stock_reserved": stock_reserved,
                "supplier_organization_id": supplier_organization_id,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        discount_yuan = d.pop("discount_yuan")

        eligibility = cast(list[str], d.pop("eligibility"))

        id = UUID(d.pop("id"))

        list_price_yuan = d.pop("list_price_yuan")

        market_price_yuan = d.pop("market_price_yuan")

        name = d.pop("name")

        quota_per_household = d.pop("quota_per_household")

        regions_served = cast(list[str], d.pop("regions_served"))

        status = d.pop("status")

        stock_on_hand = d.pop("stock_on_hand")

        stock_reserved = d.pop("stock_reserved")

        supplier_organization_id = UUID(d.pop("supplier_organization_id"))

        unit = d.pop("unit")

        product_read = cls(
            available=available,
            discount_yuan=discount_yuan,
            eligibility=eligibility,
            id=id,
            list_price_yuan=list_price_yuan,
            market_price_yuan=market_price_yuan,
            name=name,
            quota_per_household=quota_per_household,
            regions_served=regions_served,
            status=status,
            stock_on_hand=stock_on_hand,
            stock_reserved=stock_reserved,
            supplier_organization_id=supplier_organization_id,
            unit=unit,
        )

        product_read.additional_properties = d
        return product_read

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
