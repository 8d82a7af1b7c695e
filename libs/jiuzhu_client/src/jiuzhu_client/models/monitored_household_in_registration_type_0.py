from typing import Literal

MonitoredHouseholdInRegistrationType0 = Literal["rural", "urban"]

MONITORED_HOUSEHOLD_IN_REGISTRATION_TYPE_0_VALUES: set[MonitoredHouseholdInRegistrationType0] = {
    "rural",
    "urban",
}


def check_monitored_household_in_registration_type_0(
    value: str,
) -> MonitoredHouseholdInRegistrationType0:
    if value in MONITORED_HOUSEHOLD_IN_REGISTRATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORED_HOUSEHOLD_IN_REGISTRATION_TYPE_0_VALUES!r}"
    )
