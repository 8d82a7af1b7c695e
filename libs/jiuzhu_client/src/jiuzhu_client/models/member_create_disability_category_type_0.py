from typing import Literal

MemberCreateDisabilityCategoryType0 = Literal[
    "hearing", "intellectual", "mental", "multiple", "physical", "speech", "visual"
]

MEMBER_CREATE_DISABILITY_CATEGORY_TYPE_0_VALUES: set[MemberCreateDisabilityCategoryType0] = {
    "hearing",
    "intellectual",
    "mental",
    "multiple",
    "physical",
    "speech",
    "visual",
}


def check_member_create_disability_category_type_0(
    value: str,
) -> MemberCreateDisabilityCategoryType0:
    if value in MEMBER_CREATE_DISABILITY_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_DISABILITY_CATEGORY_TYPE_0_VALUES!r}"
    )
