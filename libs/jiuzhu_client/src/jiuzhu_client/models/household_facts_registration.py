from typing import Literal

HouseholdFactsRegistration = Literal["rural", "urban"]

HOUSEHOLD_FACTS_REGISTRATION_VALUES: set[HouseholdFactsRegistration] = {
    "rural",
    "urban",
}


def check_household_facts_registration(value: str) -> HouseholdFactsRegistration:
    if value in HOUSEHOLD_FACTS_REGISTRATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOUSEHOLD_FACTS_REGISTRATION_VALUES!r}"
    )
