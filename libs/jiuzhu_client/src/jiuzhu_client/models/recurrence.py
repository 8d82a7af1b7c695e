from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurrence_every import RecurrenceEvery, check_recurrence_every

T = TypeVar("T", bound="Recurrence")


@_attrs_define
class Recurrence:
    """Repeat deliveries: e.g. milk every week, 26 times (six months).

    Attributes:
        count (int):
        every (RecurrenceEvery):
        start_on (datetime.date):
    """

    count: int
    every: RecurrenceEvery
    start_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        every: str = self.every

        start_on = self.start_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "every": every,
                "start_on": start_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        every = check_recurrence_every(d.pop("every"))

        start_on = datetime.date.fromisoformat(d.pop("start_on"))

        recurrence = cls(
            count=count,
            every=every,
            start_on=start_on,
        )

        return recurrence
