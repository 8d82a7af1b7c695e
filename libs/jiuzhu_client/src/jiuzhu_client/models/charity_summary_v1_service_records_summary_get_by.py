from typing import Literal

CharitySummaryV1ServiceRecordsSummaryGetBy = Literal[
    "period", "project", "region", "resource", "service_type"
]

CHARITY_SUMMARY_V1_SERVICE_RECORDS_SUMMARY_GET_BY_VALUES: set[
    CharitySummaryV1ServiceRecordsSummaryGetBy
] = {
    "period",
    "project",
    "region",
    "resource",
    "service_type",
}


def check_charity_summary_v1_service_records_summary_get_by(
    value: str,
) -> CharitySummaryV1ServiceRecordsSummaryGetBy:
    if value in CHARITY_SUMMARY_V1_SERVICE_RECORDS_SUMMARY_GET_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_SUMMARY_V1_SERVICE_RECORDS_SUMMARY_GET_BY_VALUES!r}"
    )
