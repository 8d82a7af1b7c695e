from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.opinion_read_department import OpinionReadDepartment, check_opinion_read_department

T = TypeVar("T", bound="OpinionRead")


@_attrs_define
class OpinionRead:
    """
    Attributes:
        department (OpinionReadDepartment):
        eligible (bool):
        id (UUID):
        reason (str):
        recorded_at (datetime.datetime):
        recorded_by (str):
        scheme (str): Policy code or kind
    """

    department: OpinionReadDepartment
    eligible: bool
    id: UUID
    reason: str
    recorded_at: datetime.datetime
    recorded_by: str
    scheme: str

    def to_dict(self) -> dict[str, Any]:
        department: str = self.department

        eligible = self.eligible

        id = str(self.id)

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        scheme = self.scheme

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "department": department,
                "eligible": eligible,
                "id": id,
                "reason": reason,
                "recorded_at": recorded_at,
                "recorded_by": recorded_by,
                "scheme": scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = check_opinion_read_department(d.pop("department"))

        eligible = d.pop("eligible")

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        recorded_by = d.pop("recorded_by")

        scheme = d.pop("scheme")

        opinion_read = cls(
            department=department,
            eligible=eligible,
            id=id,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            scheme=scheme,
        )

        return opinion_read
