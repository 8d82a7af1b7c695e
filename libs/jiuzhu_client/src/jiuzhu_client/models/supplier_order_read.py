from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.supplier_order_read_lines_item import SupplierOrderReadLinesItem


T = TypeVar("T", bound="SupplierOrderRead")


@_attrs_define
class SupplierOrderRead:
    """
    Attributes:
        id (UUID):
        lines (list[SupplierOrderReadLinesItem]):
        supplier_organization_id (UUID):
        total_yuan (str):
    """

    id: UUID
    lines: list[SupplierOrderReadLinesItem]
    supplier_organization_id: UUID
    total_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        supplier_organization_id = str(self.supplier_organization_id)

        total_yuan = self.total_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lines": lines,
                "supplier_organization_id": supplier_organization_id,
                "total_yuan": total_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier_order_read_lines_item import SupplierOrderReadLinesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SupplierOrderReadLinesItem.from_dict(lines_item_data)

            lines.append(lines_item)

        supplier_organization_id = UUID(d.pop("supplier_organization_id"))

        total_yuan = d.pop("total_yuan")

        supplier_order_read = cls(
            id=id,
            lines=lines,
            supplier_organization_id=supplier_organization_id,
            total_yuan=total_yuan,
        )

        supplier_order_read.additional_properties = d
        return supplier_order_read

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
