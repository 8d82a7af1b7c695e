from typing import Literal

IncomeDeclaredInputType = Literal[
    "basic_pension",
    "business",
    "family_planning_reward",
    "government_assistance",
    "heroism_award",
    "other",
    "pension",
    "property",
    "scholarship",
    "transfer",
    "veterans_benefit",
    "wage",
]

INCOME_DECLARED_INPUT_TYPE_VALUES: set[IncomeDeclaredInputType] = {
    "basic_pension",
    "business",
    "family_planning_reward",
    "government_assistance",
    "heroism_award",
    "other",
    "pension",
    "property",
    "scholarship",
    "transfer",
    "veterans_benefit",
    "wage",
}


def check_income_declared_input_type(value: str) -> IncomeDeclaredInputType:
    if value in INCOME_DECLARED_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCOME_DECLARED_INPUT_TYPE_VALUES!r}"
    )
