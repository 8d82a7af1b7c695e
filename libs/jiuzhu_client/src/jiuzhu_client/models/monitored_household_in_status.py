from typing import Literal

MonitoredHouseholdInStatus = Literal[
    "applicant", "enrolled", "flagged", "near_subsistence", "return_to_poverty_watch"
]

MONITORED_HOUSEHOLD_IN_STATUS_VALUES: set[MonitoredHouseholdInStatus] = {
    "applicant",
    "enrolled",
    "flagged",
    "near_subsistence",
    "return_to_poverty_watch",
}


def check_monitored_household_in_status(value: str) -> MonitoredHouseholdInStatus:
    if value in MONITORED_HOUSEHOLD_IN_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORED_HOUSEHOLD_IN_STATUS_VALUES!r}"
    )
