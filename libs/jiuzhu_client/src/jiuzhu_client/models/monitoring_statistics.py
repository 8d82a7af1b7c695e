from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.monitoring_statistics_by_rule import MonitoringStatisticsByRule


T = TypeVar("T", bound="MonitoringStatistics")


@_attrs_define
class MonitoringStatistics:
    """The figures a province reports (监测人数, 预警数, 纳入救助数).

    Attributes:
        by_rule (MonitoringStatisticsByRule):
        enrolled_through_warnings (int):
        median_days_to_visit (float | None):
        monitored_people (int):
        period_from (datetime.date):
        period_to (datetime.date):
        region (str):
        warnings_confirmed (int):
        warnings_dismissed (int):
        warnings_raised (int):
    """

    by_rule: MonitoringStatisticsByRule
    enrolled_through_warnings: int
    median_days_to_visit: float | None
    monitored_people: int
    period_from: datetime.date
    period_to: datetime.date
    region: str
    warnings_confirmed: int
    warnings_dismissed: int
    warnings_raised: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_rule = self.by_rule.to_dict()

        enrolled_through_warnings = self.enrolled_through_warnings

        median_days_to_visit: float | None
        median_days_to_visit = self.median_days_to_visit

        monitored_people = self.monitored_people

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        region = self.region

        warnings_confirmed = self.warnings_confirmed

        warnings_dismissed = self.warnings_dismissed

        warnings_raised = self.warnings_raised

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_rule": by_rule,
                "enrolled_through_warnings": enrolled_through_warnings,
                "median_days_to_visit": median_days_to_visit,
                "monitored_people": monitored_people,
                "period_from": period_from,
                "period_to": period_to,
                "region": region,
                "warnings_confirmed": warnings_confirmed,
                "warnings_dismissed": warnings_dismissed,
                "warnings_raised": warnings_raised,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitoring_statistics_by_rule import MonitoringStatisticsByRule  # noqa: PLC0415

        d = dict(src_dict)
        by_rule = MonitoringStatisticsByRule.from_dict(d.pop("by_rule"))

        enrolled_through_warnings = d.pop("enrolled_through_warnings")

        def _parse_median_days_to_visit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_visit = _parse_median_days_to_visit(d.pop("median_days_to_visit"))

        monitored_people = d.pop("monitored_people")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        region = d.pop("region")

        warnings_confirmed = d.pop("warnings_confirmed")

        warnings_dismissed = d.pop("warnings_dismissed")

        warnings_raised = d.pop("warnings_raised")

        monitoring_statistics = cls(
            by_rule=by_rule,
            enrolled_through_warnings=enrolled_through_warnings,
            median_days_to_visit=median_days_to_visit,
            monitored_people=monitored_people,
            period_from=period_from,
            period_to=period_to,
            region=region,
            warnings_confirmed=warnings_confirmed,
            warnings_dismissed=warnings_dismissed,
            warnings_raised=warnings_raised,
        )

        monitoring_statistics.additional_properties = d
        return monitoring_statistics

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
