from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hardship_facts_kind_type_0 import (
    HardshipFactsKindType0,
    check_hardship_facts_kind_type_0,
)

T = TypeVar("T", bound="HardshipFacts")


@_attrs_define
class HardshipFacts:
    """
    Attributes:
        kind (HardshipFactsKindType0 | None):
        sudden (bool):
    """

    kind: HardshipFactsKindType0 | None
    sudden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: None | str
        if isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        sudden = self.sudden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "sudden": sudden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_kind(data: object) -> HardshipFactsKindType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = check_hardship_facts_kind_type_0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HardshipFactsKindType0 | None, data)

        kind = _parse_kind(d.pop("kind"))

        sudden = d.pop("sudden")

        hardship_facts = cls(
            kind=kind,
            sudden=sudden,
        )

        hardship_facts.additional_properties = d
        return hardship_facts

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
