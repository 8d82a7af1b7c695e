from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delivery_read import DeliveryRead


T = TypeVar("T", bound="OrderRead")


@_attrs_define
class OrderRead:
    """
    Attributes:
        amount_yuan (str):
        campaign_id (None | UUID):
        confirmation_code (None | str): Shown to the buyer only: they give it to the runner at the door
        confirmation_locked_at (datetime.datetime | None): Set when five wrong codes locked the confirmation; a re-
            issued code lifts it
        created_at (datetime.datetime):
        delivery (DeliveryRead):
        household_id (UUID):
        id (UUID):
        product_id (UUID):
        product_name (str):
        quantity (int):
        status (str):
        unit_price_yuan (str):
    """

    amount_yuan: str
    campaign_id: None | UUID
    confirmation_code: None | str
    confirmation_locked_at: datetime.datetime | None
    created_at: datetime.datetime
    delivery: DeliveryRead
    household_id: UUID
    id: UUID
    product_id: UUID
    product_name: str
    quantity: int
    status: str
    unit_price_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_yuan = self.amount_yuan

        campaign_id: None | str
        if isinstance(self.campaign_id, UUID):
            campaign_id = str(self.campaign_id)
        else:
            campaign_id = self.campaign_id

        confirmation_code: None | str
        confirmation_code = self.confirmation_code

        confirmation_locked_at: None | str
        if isinstance(self.confirmation_locked_at, datetime.datetime):
            confirmation_locked_at = self.confirmation_locked_at.isoformat()
        else:
            confirmation_locked_at = self.confirmation_locked_at

        created_at = self.created_at.isoformat()

        delivery = self.delivery.to_dict()

        household_id = str(self.household_id)

        id = str(self.id)

        product_id = str(self.product_id)

        product_name = self.product_name

        quantity = self.quantity

        status = self.status

        unit_price_yuan = self.unit_price_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "campaign_id": campaign_id,
                "confirmation_code": confirmation_code,
                "confirmation_locked_at": confirmation_locked_at,
                "created_at": created_at,
                "delivery": delivery,
                "household_id": household_id,
                "id": id,
                "product_id": product_id,
                "product_name": product_name,
                "quantity": quantity,
                "status": status,
                "unit_price_yuan": unit_price_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_read import DeliveryRead  # noqa: PLC0415

        d = dict(src_dict)
        amount_yuan = d.pop("amount_yuan")

        def _parse_campaign_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_id_type_0 = UUID(data)

                return campaign_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id"))

        def _parse_confirmation_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        confirmation_code = _parse_confirmation_code(d.pop("confirmation_code"))

        def _parse_confirmation_locked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_locked_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmation_locked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmation_locked_at = _parse_confirmation_locked_at(d.pop("confirmation_locked_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delivery = DeliveryRead.from_dict(d.pop("delivery"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        product_id = UUID(d.pop("product_id"))

        product_name = d.pop("product_name")

        quantity = d.pop("quantity")

        status = d.pop("status")

        unit_price_yuan = d.pop("unit_price_yuan")

        order_read = cls(
            amount_yuan=amount_yuan,
            campaign_id=campaign_id,
            confirmation_code=confirmation_code,
            confirmation_locked_at=confirmation_locked_at,
            created_at=created_at,
            delivery=delivery,
            household_id=household_id,
            id=id,
            product_id=product_id,
            product_name=product_name,
            quantity=quantity,
            status=status,
            unit_price_yuan=unit_price_yuan,
        )

        order_read.additional_properties = d
        return order_read

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
