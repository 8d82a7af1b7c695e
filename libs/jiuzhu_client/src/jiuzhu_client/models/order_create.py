from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    """
    Attributes:
        household_id (UUID):
        product_id (UUID):
        quantity (int):
        campaign_id (None | Unset | UUID):
    """

    household_id: UUID
    product_id: UUID
    quantity: int
    campaign_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        household_id = str(self.household_id)

        product_id = str(self.product_id)

        quantity = self.quantity

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        elif isinstance(self.campaign_id, UUID):
            campaign_id = str(self.campaign_id)
        else:
            campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "household_id": household_id,
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        household_id = UUID(d.pop("household_id"))

        product_id = UUID(d.pop("product_id"))

        quantity = d.pop("quantity")

        def _parse_campaign_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_id_type_0 = UUID(data)

                return campaign_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        order_create = cls(
            household_id=household_id,
            product_id=product_id,
            quantity=quantity,
            campaign_id=campaign_id,
        )

        return order_create
