from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurrence import Recurrence


T = TypeVar("T", bound="ReferralCreate")


@_attrs_define
class ReferralCreate:
    """
    Attributes:
        need_id (UUID):
        resource_id (UUID):
        note (str | Unset):  Default: ''.
        quantity (int | Unset): Per occurrence Default: 1.
        recurrence (None | Recurrence | Unset):
    """

    need_id: UUID
    resource_id: UUID
    note: str | Unset = ""
    quantity: int | Unset = 1
    recurrence: None | Recurrence | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.recurrence import Recurrence  # noqa: PLC0415

        need_id = str(self.need_id)

        resource_id = str(self.resource_id)

        note = self.note

        quantity = self.quantity

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, Recurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "need_id": need_id,
                "resource_id": resource_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurrence import Recurrence  # noqa: PLC0415

        d = dict(src_dict)
        need_id = UUID(d.pop("need_id"))

        resource_id = UUID(d.pop("resource_id"))

        note = d.pop("note", UNSET)

        quantity = d.pop("quantity", UNSET)

        def _parse_recurrence(data: object) -> None | Recurrence | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = Recurrence.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Recurrence | Unset, data)

        recurrence = _parse_recurrence(d.pop("recurrence", UNSET))

        referral_create = cls(
            need_id=need_id,
            resource_id=resource_id,
            note=note,
            quantity=quantity,
            recurrence=recurrence,
        )

        return referral_create
