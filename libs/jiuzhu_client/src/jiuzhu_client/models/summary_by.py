from typing import Literal

SummaryBy = Literal["period", "project", "region", "resource", "service_type"]

SUMMARY_BY_VALUES: set[SummaryBy] = {
    "period",
    "project",
    "region",
    "resource",
    "service_type",
}


def check_summary_by(value: str) -> SummaryBy:
    if value in SUMMARY_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUMMARY_BY_VALUES!r}")
