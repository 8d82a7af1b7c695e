from typing import Literal

OpinionCreateDepartment = Literal[
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

OPINION_CREATE_DEPARTMENT_VALUES: set[OpinionCreateDepartment] = {
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


def check_opinion_create_department(value: str) -> OpinionCreateDepartment:
    if value in OPINION_CREATE_DEPARTMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPINION_CREATE_DEPARTMENT_VALUES!r}"
    )
