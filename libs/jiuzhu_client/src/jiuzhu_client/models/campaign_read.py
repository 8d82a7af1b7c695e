from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.supplier_order_read import SupplierOrderRead


T = TypeVar("T", bound="CampaignRead")


@_attrs_define
class CampaignRead:
    """
    Attributes:
        closes_at (datetime.datetime):
        id (UUID):
        leader_person_id (UUID):
        opens_at (datetime.datetime):
        order_count (int):
        station_name (str):
        status (str):
        supplier_orders (list[SupplierOrderRead]):
        title (str):
        town_code (str):
        town_name (str):
    """

    closes_at: datetime.datetime
    id: UUID
    leader_person_id: UUID
    opens_at: datetime.datetime
    order_count: int
    station_name: str
    status: str
    supplier_orders: list[SupplierOrderRead]
    title: str
    town_code: str
    town_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        id = str(self.id)

        leader_person_id = str(self.leader_person_id)

        opens_at = self.opens_at.isoformat()

        order_count = self.order_count

        station_name = self.station_name

        status = self.status

        supplier_orders = []
        for supplier_orders_item_data in self.supplier_orders:
            supplier_orders_item = supplier_orders_item_data.to_dict()
            supplier_orders.append(supplier_orders_item)

        title = self.title

        town_code = self.town_code

        town_name = self.town_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_at": closes_at,
                "id": id,
                "leader_person_id": leader_person_id,
                "opens_at": opens_at,
                "order_count": order_count,
                "station_name": station_name,
                "status": status,
                "supplier_orders": supplier_orders,
                "title": title,
                "town_code": town_code,
                "town_name": town_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier_order_read import SupplierOrderRead  # noqa: PLC0415

        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        id = UUID(d.pop("id"))

        leader_person_id = UUID(d.pop("leader_person_id"))

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        order_count = d.pop("order_count")

        station_name = d.pop("station_name")

        status = d.pop("status")

        supplier_orders = []
        _supplier_orders = d.pop("supplier_orders")
        for supplier_orders_item_data in _supplier_orders:
            supplier_orders_item = SupplierOrderRead.from_dict(supplier_orders_item_data)

            supplier_orders.append(supplier_orders_item)

        title = d.pop("title")

        town_code = d.pop("town_code")

        town_name = d.pop("town_name")

        campaign_read = cls(
            closes_at=closes_at,
            id=id,
            leader_person_id=leader_person_id,
            opens_at=opens_at,
            order_count=order_count,
            station_name=station_name,
            status=status,
            supplier_orders=supplier_orders,
            title=title,
            town_code=town_code,
            town_name=town_name,
        )

        campaign_read.additional_properties = d
        return campaign_read

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
