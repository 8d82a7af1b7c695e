from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConfirmDelivery")


@_attrs_define
class ConfirmDelivery:
    """
    Attributes:
        confirmation_code (str):
    """

    confirmation_code: str

    def to_dict(self) -> dict[str, Any]:
        confirmation_code = self.confirmation_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confirmation_code": confirmation_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmation_code = d.pop("confirmation_code")

        confirm_delivery = cls(
            confirmation_code=confirmation_code,
        )

        return confirm_delivery
