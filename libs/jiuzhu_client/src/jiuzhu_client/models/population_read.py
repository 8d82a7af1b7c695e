from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PopulationRead")


@_attrs_define
class PopulationRead:
    """
    Attributes:
        created_at (datetime.datetime):
        households (int):
        id (UUID):
        media_type (str):
        persons (int):
    """

    created_at: datetime.datetime
    households: int
    id: UUID
    media_type: str
    persons: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        households = self.households

        id = str(self.id)

        media_type = self.media_type

        persons = self.persons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "households": households,
                "id": id,
                "media_type": media_type,
                "persons": persons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        households = d.pop("households")

        id = UUID(d.pop("id"))

        media_type = d.pop("media_type")

        persons = d.pop("persons")

        population_read = cls(
            created_at=created_at,
            households=households,
            id=id,
            media_type=media_type,
            persons=persons,
        )

        population_read.additional_properties = d
        return population_read

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
