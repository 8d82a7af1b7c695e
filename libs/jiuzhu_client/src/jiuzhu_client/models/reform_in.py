from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.override_in import OverrideIn


T = TypeVar("T", bound="ReformIn")


@_attrs_define
class ReformIn:
    """
    Attributes:
        name (str):
        overrides (list[OverrideIn]):
    """

    name: str
    overrides: list[OverrideIn]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        overrides = []
        for overrides_item_data in self.overrides:
            overrides_item = overrides_item_data.to_dict()
            overrides.append(overrides_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "overrides": overrides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.override_in import OverrideIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        overrides = []
        _overrides = d.pop("overrides")
        for overrides_item_data in _overrides:
            overrides_item = OverrideIn.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        reform_in = cls(
            name=name,
            overrides=overrides,
        )

        return reform_in
