from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NeedRead")


@_attrs_define
class NeedRead:
    """
    Attributes:
        category (str):
        created_at (datetime.datetime):
        household_id (UUID):
        id (UUID):
        person_index (int | None):
        status (str):
        text (str):
        urgency (str):
    """

    category: str
    created_at: datetime.datetime
    household_id: UUID
    id: UUID
    person_index: int | None
    status: str
    text: str
    urgency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        created_at = self.created_at.isoformat()

        household_id = str(self.household_id)

        id = str(self.id)

        person_index: int | None
        person_index = self.person_index

        status = self.status

        text = self.text

        urgency = self.urgency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "household_id": household_id,
                "id": id,
                "person_index": person_index,
                "status": status,
                "text": text,
                "urgency": urgency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        def _parse_person_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        person_index = _parse_person_index(d.pop("person_index"))

        status = d.pop("status")

        text = d.pop("text")

        urgency = d.pop("urgency")

        need_read = cls(
            category=category,
            created_at=created_at,
            household_id=household_id,
            id=id,
            person_index=person_index,
            status=status,
            text=text,
            urgency=urgency,
        )

        need_read.additional_properties = d
        return need_read

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
