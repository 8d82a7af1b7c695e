from typing import Literal

ConferenceCreateDepartmentsItem = Literal[
    "civil_affairs",
    "disabled_persons_federation",
    "education",
    "health",
    "housing",
    "human_resources",
    "justice",
    "medical_insurance",
    "rural_revitalization",
    "town",
    "trade_union",
    "veterans_affairs",
    "village",
]

CONFERENCE_CREATE_DEPARTMENTS_ITEM_VALUES: set[ConferenceCreateDepartmentsItem] = {
    "civil_affairs",
    "disabled_persons_federation",
    "education",
    "health",
    "housing",
    "human_resources",
    "justice",
    "medical_insurance",
    "rural_revitalization",
    "town",
    "trade_union",
    "veterans_affairs",
    "village",
}


def check_conference_create_departments_item(value: str) -> ConferenceCreateDepartmentsItem:
    if value in CONFERENCE_CREATE_DEPARTMENTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFERENCE_CREATE_DEPARTMENTS_ITEM_VALUES!r}"
    )
