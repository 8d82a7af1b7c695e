from typing import Literal

CharityPersonCreateRole = Literal[
    "errand_runner", "group_buy_leader", "social_worker", "staff", "volunteer"
]

CHARITY_PERSON_CREATE_ROLE_VALUES: set[CharityPersonCreateRole] = {
    "errand_runner",
    "group_buy_leader",
    "social_worker",
    "staff",
    "volunteer",
}


def check_charity_person_create_role(value: str) -> CharityPersonCreateRole:
    if value in CHARITY_PERSON_CREATE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_PERSON_CREATE_ROLE_VALUES!r}"
    )
