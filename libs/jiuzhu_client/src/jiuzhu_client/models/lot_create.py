from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LotCreate")


@_attrs_define
class LotCreate:
    """
    Attributes:
        lot_code (str):
        quantity (int):
        unit (str):
        expires_on (datetime.date | None | Unset):
    """

    lot_code: str
    quantity: int
    unit: str
    expires_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lot_code = self.lot_code

        quantity = self.quantity

        unit = self.unit

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lot_code": lot_code,
                "quantity": quantity,
                "unit": unit,
            }
        )
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lot_code = d.pop("lot_code")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))

        lot_create = cls(
            lot_code=lot_code,
            quantity=quantity,
            unit=unit,
            expires_on=expires_on,
        )

        return lot_create
