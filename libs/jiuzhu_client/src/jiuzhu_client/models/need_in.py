from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.need_in_category import NeedInCategory, check_need_in_category
from ..models.need_in_urgency import NeedInUrgency, check_need_in_urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="NeedIn")


@_attrs_define
class NeedIn:
    """
    Attributes:
        category (NeedInCategory):
        text (str):
        person_index (int | None | Unset): Position in `members`
        urgency (NeedInUrgency | Unset):  Default: 'normal'.
    """

    category: NeedInCategory
    text: str
    person_index: int | None | Unset = UNSET
    urgency: NeedInUrgency | Unset = "normal"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        text = self.text

        person_index: int | None | Unset
        if isinstance(self.person_index, Unset):
            person_index = UNSET
        else:
            person_index = self.person_index

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "text": text,
            }
        )
        if person_index is not UNSET:
            field_dict["person_index"] = person_index
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_need_in_category(d.pop("category"))

        text = d.pop("text")

        def _parse_person_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_index = _parse_person_index(d.pop("person_index", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: NeedInUrgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = check_need_in_urgency(_urgency)

        need_in = cls(
            category=category,
            text=text,
            person_index=person_index,
            urgency=urgency,
        )

        need_in.additional_properties = d
        return need_in

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
