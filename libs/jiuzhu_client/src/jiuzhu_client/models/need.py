from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.need_category import NeedCategory, check_need_category
from ..models.need_urgency import NeedUrgency, check_need_urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Need")


@_attrs_define
class Need:
    """One line of the needs inventory (需求清单).

    Attributes:
        category (NeedCategory):
        text (str):
        person_id (None | str | Unset): A member id
        urgency (NeedUrgency | Unset):  Default: 'normal'.
    """

    category: NeedCategory
    text: str
    person_id: None | str | Unset = UNSET
    urgency: NeedUrgency | Unset = "normal"

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        text = self.text

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "text": text,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_need_category(d.pop("category"))

        text = d.pop("text")

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: NeedUrgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = check_need_urgency(_urgency)

        need = cls(
            category=category,
            text=text,
            person_id=person_id,
            urgency=urgency,
        )

        return need
