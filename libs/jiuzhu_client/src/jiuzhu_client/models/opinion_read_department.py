from typing import Literal

OpinionReadDepartment = Literal[
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

OPINION_READ_DEPARTMENT_VALUES: set[OpinionReadDepartment] = {
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


def check_opinion_read_department(value: str) -> OpinionReadDepartment:
    if value in OPINION_READ_DEPARTMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPINION_READ_DEPARTMENT_VALUES!r}"
    )
