from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.opinion_create_department import (
    OpinionCreateDepartment,
    check_opinion_create_department,
)

T = TypeVar("T", bound="OpinionCreate")


@_attrs_define
class OpinionCreate:
    """
    Attributes:
        department (OpinionCreateDepartment):
        eligible (bool):
        reason (str):
        scheme (str): Policy code or kind
    """

    department: OpinionCreateDepartment
    eligible: bool
    reason: str
    scheme: str

    def to_dict(self) -> dict[str, Any]:
        department: str = self.department

        eligible = self.eligible

        reason = self.reason

        scheme = self.scheme

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "department": department,
                "eligible": eligible,
                "reason": reason,
                "scheme": scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = check_opinion_create_department(d.pop("department"))

        eligible = d.pop("eligible")

        reason = d.pop("reason")

        scheme = d.pop("scheme")

        opinion_create = cls(
            department=department,
            eligible=eligible,
            reason=reason,
            scheme=scheme,
        )

        return opinion_create
