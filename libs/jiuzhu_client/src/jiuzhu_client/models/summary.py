from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_by import SummaryBy, check_summary_by

if TYPE_CHECKING:
    from ..models.summary_row import SummaryRow


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        by (SummaryBy):
        date_from (datetime.date | None):
        date_to (datetime.date | None):
        rows (list[SummaryRow]):
        total_person_times (int):
    """

    by: SummaryBy
    date_from: datetime.date | None
    date_to: datetime.date | None
    rows: list[SummaryRow]
    total_person_times: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by: str = self.by

        date_from: None | str
        if isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str
        if isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total_person_times = self.total_person_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "date_from": date_from,
                "date_to": date_to,
                "rows": rows,
                "total_person_times": total_person_times,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_row import SummaryRow  # noqa: PLC0415

        d = dict(src_dict)
        by = check_summary_by(d.pop("by"))

        def _parse_date_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_from_type_0 = datetime.date.fromisoformat(data)

                return date_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_from = _parse_date_from(d.pop("date_from"))

        def _parse_date_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_to_type_0 = datetime.date.fromisoformat(data)

                return date_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_to = _parse_date_to(d.pop("date_to"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SummaryRow.from_dict(rows_item_data)

            rows.append(rows_item)

        total_person_times = d.pop("total_person_times")

        summary = cls(
            by=by,
            date_from=date_from,
            date_to=date_to,
            rows=rows,
            total_person_times=total_person_times,
        )

        summary.additional_properties = d
        return summary

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
