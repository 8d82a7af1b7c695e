from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MovementRead")


@_attrs_define
class MovementRead:
    """
    Attributes:
        at (datetime.datetime):
        movement (str):
        quantity (int):
        referral_id (None | UUID):
    """

    at: datetime.datetime
    movement: str
    quantity: int
    referral_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        movement = self.movement

        quantity = self.quantity

        referral_id: None | str
        if isinstance(self.referral_id, UUID):
            referral_id = str(self.referral_id)
        else:
            referral_id = self.referral_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "movement": movement,
                "quantity": quantity,
                "referral_id": referral_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        movement = d.pop("movement")

        quantity = d.pop("quantity")

        def _parse_referral_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referral_id_type_0 = UUID(data)

                return referral_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        referral_id = _parse_referral_id(d.pop("referral_id"))

        movement_read = cls(
            at=at,
            movement=movement,
            quantity=quantity,
            referral_id=referral_id,
        )

        movement_read.additional_properties = d
        return movement_read

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
