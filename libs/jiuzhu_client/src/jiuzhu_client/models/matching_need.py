from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.matching_need_category import MatchingNeedCategory, check_matching_need_category
from ..models.matching_need_urgency import MatchingNeedUrgency, check_matching_need_urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchingNeed")


@_attrs_define
class MatchingNeed:
    """A need of the household (需求清单).

    Attributes:
        category (MatchingNeedCategory):
        text (str):
        person_id (None | str | Unset):
        urgency (MatchingNeedUrgency | Unset):  Default: 'normal'.
    """

    category: MatchingNeedCategory
    text: str
    person_id: None | str | Unset = UNSET
    urgency: MatchingNeedUrgency | Unset = "normal"

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
        category = check_matching_need_category(d.pop("category"))

        text = d.pop("text")

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: MatchingNeedUrgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = check_matching_need_urgency(_urgency)

        matching_need = cls(
            category=category,
            text=text,
            person_id=person_id,
            urgency=urgency,
        )

        return matching_need
