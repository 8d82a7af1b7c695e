from typing import Literal

ApplicationCreateKind = Literal[
    "disability_care_subsidy",
    "disability_living_subsidy",
    "education",
    "employment",
    "extreme_poverty",
    "housing",
    "legal_aid",
    "medical",
    "minimum_living",
    "single_person_coverage",
    "temporary_emergency",
    "temporary_expenditure",
]

APPLICATION_CREATE_KIND_VALUES: set[ApplicationCreateKind] = {
    "disability_care_subsidy",
    "disability_living_subsidy",
    "education",
    "employment",
    "extreme_poverty",
    "housing",
    "legal_aid",
    "medical",
    "minimum_living",
    "single_person_coverage",
    "temporary_emergency",
    "temporary_expenditure",
}


def check_application_create_kind(value: str) -> ApplicationCreateKind:
    if value in APPLICATION_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_CREATE_KIND_VALUES!r}"
    )
