from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lot_read import LotRead
    from ..models.movement_read import MovementRead
    from ..models.resource_read import ResourceRead


T = TypeVar("T", bound="LedgerRead")


@_attrs_define
class LedgerRead:
    """
    Attributes:
        lots (list[LotRead]):
        movements (list[MovementRead]):
        resource (ResourceRead):
    """

    lots: list[LotRead]
    movements: list[MovementRead]
    resource: ResourceRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lots = []
        for lots_item_data in self.lots:
            lots_item = lots_item_data.to_dict()
            lots.append(lots_item)

        movements = []
        for movements_item_data in self.movements:
            movements_item = movements_item_data.to_dict()
            movements.append(movements_item)

        resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lots": lots,
                "movements": movements,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lot_read import LotRead  # noqa: PLC0415
        from ..models.movement_read import MovementRead  # noqa: PLC0415
        from ..models.resource_read import ResourceRead  # noqa: PLC0415

        d = dict(src_dict)
        lots = []
        _lots = d.pop("lots")
        for lots_item_data in _lots:
            lots_item = LotRead.from_dict(lots_item_data)

            lots.append(lots_item)

        movements = []
        _movements = d.pop("movements")
        for movements_item_data in _movements:
            movements_item = MovementRead.from_dict(movements_item_data)

            movements.append(movements_item)

        resource = ResourceRead.from_dict(d.pop("resource"))

        ledger_read = cls(
            lots=lots,
            movements=movements,
            resource=resource,
        )

        ledger_read.additional_properties = d
        return ledger_read

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
