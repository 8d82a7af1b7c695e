from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.conference_create_departments_item import (
    ConferenceCreateDepartmentsItem,
    check_conference_create_departments_item,
)

T = TypeVar("T", bound="ConferenceCreate")


@_attrs_define
class ConferenceCreate:
    """
    Attributes:
        departments (list[ConferenceCreateDepartmentsItem]):
        topic (str):
    """

    departments: list[ConferenceCreateDepartmentsItem]
    topic: str

    def to_dict(self) -> dict[str, Any]:
        departments = []
        for departments_item_data in self.departments:
            departments_item: str = departments_item_data
            departments.append(departments_item)

        topic = self.topic

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "departments": departments,
                "topic": topic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        departments = []
        _departments = d.pop("departments")
        for departments_item_data in _departments:
            departments_item = check_conference_create_departments_item(departments_item_data)

            departments.append(departments_item)

        topic = d.pop("topic")

        conference_create = cls(
            departments=departments,
            topic=topic,
        )

        return conference_create
