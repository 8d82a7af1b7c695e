from typing import Literal

MemberDisabilityCategoryType0 = Literal[
    "hearing", "intellectual", "mental", "multiple", "physical", "speech", "visual"
]

MEMBER_DISABILITY_CATEGORY_TYPE_0_VALUES: set[MemberDisabilityCategoryType0] = {
    "hearing",
    "intellectual",
    "mental",
    "multiple",
    "physical",
    "speech",
    "visual",
}


def check_member_disability_category_type_0(value: str) -> MemberDisabilityCategoryType0:
    if value in MEMBER_DISABILITY_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_DISABILITY_CATEGORY_TYPE_0_VALUES!r}"
    )
