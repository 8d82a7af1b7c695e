from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignRunner")


@_attrs_define
class AssignRunner:
    """
    Attributes:
        runner_person_id (UUID):
    """

    runner_person_id: UUID

    def to_dict(self) -> dict[str, Any]:
        runner_person_id = str(self.runner_person_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "runner_person_id": runner_person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        runner_person_id = UUID(d.pop("runner_person_id"))

        assign_runner = cls(
            runner_person_id=runner_person_id,
        )

        return assign_runner
