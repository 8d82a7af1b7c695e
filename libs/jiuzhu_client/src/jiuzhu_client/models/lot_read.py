from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LotRead")


@_attrs_define
class LotRead:
    """
    Attributes:
        expires_on (datetime.date | None):
        id (UUID):
        lot_code (str):
        quantity (int):
        received_at (datetime.datetime):
        unit (str):
    """

    expires_on: datetime.date | None
    id: UUID
    lot_code: str
    quantity: int
    received_at: datetime.datetime
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = str(self.id)

        lot_code = self.lot_code

        quantity = self.quantity

        received_at = self.received_at.isoformat()

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_on": expires_on,
                "id": id,
                "lot_code": lot_code,
                "quantity": quantity,
                "received_at": received_at,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))

        id = UUID(d.pop("id"))

        lot_code = d.pop("lot_code")

        quantity = d.pop("quantity")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        unit = d.pop("unit")

        lot_read = cls(
            expires_on=expires_on,
            id=id,
            lot_code=lot_code,
            quantity=quantity,
            received_at=received_at,
            unit=unit,
        )

        lot_read.additional_properties = d
        return lot_read

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
