from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matching_parameter_read_in_force_type_0 import MatchingParameterReadInForceType0
    from ..models.matching_parameter_read_values_item import MatchingParameterReadValuesItem


T = TypeVar("T", bound="MatchingParameterRead")


@_attrs_define
class MatchingParameterRead:
    """
    Attributes:
        description_zh (str):
        kind (str):
        name (str):
        unit (str):
        values (list[MatchingParameterReadValuesItem]): Every dated regional value with its source
        in_force (MatchingParameterReadInForceType0 | None | Unset): The value in force for `region` on `on`, when both
            are given
    """

    description_zh: str
    kind: str
    name: str
    unit: str
    values: list[MatchingParameterReadValuesItem]
    in_force: MatchingParameterReadInForceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.matching_parameter_read_in_force_type_0 import (
            MatchingParameterReadInForceType0,  # noqa: PLC0415
        )

        description_zh = self.description_zh

        kind = self.kind

        name = self.name

        unit = self.unit

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        in_force: dict[str, Any] | None | Unset
        if isinstance(self.in_force, Unset):
            in_force = UNSET
        elif isinstance(self.in_force, MatchingParameterReadInForceType0):
            in_force = self.in_force.to_dict()
        else:
            in_force = self.in_force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description_zh": description_zh,
                "kind": kind,
                "name": name,
                "unit": unit,
                "values": values,
            }
        )
        if in_force is not UNSET:
            field_dict["in_force"] = in_force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matching_parameter_read_in_force_type_0 import (
            MatchingParameterReadInForceType0,  # noqa: PLC0415
        )
        from ..models.matching_parameter_read_values_item import MatchingParameterReadValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        description_zh = d.pop("description_zh")

        kind = d.pop("kind")

        name = d.pop("name")

        unit = d.pop("unit")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = MatchingParameterReadValuesItem.from_dict(values_item_data)

            values.append(values_item)

        def _parse_in_force(data: object) -> MatchingParameterReadInForceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_force_type_0 = MatchingParameterReadInForceType0.from_dict(data)

                return in_force_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchingParameterReadInForceType0 | None | Unset, data)

        in_force = _parse_in_force(d.pop("in_force", UNSET))

        matching_parameter_read = cls(
            description_zh=description_zh,
            kind=kind,
            name=name,
            unit=unit,
            values=values,
            in_force=in_force,
        )

        matching_parameter_read.additional_properties = d
        return matching_parameter_read

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
