from typing import Literal

MemberFactsDisabilityCategoryType0 = Literal[
    "hearing", "intellectual", "mental", "multiple", "physical", "speech", "visual"
]

MEMBER_FACTS_DISABILITY_CATEGORY_TYPE_0_VALUES: set[MemberFactsDisabilityCategoryType0] = {
    "hearing",
    "intellectual",
    "mental",
    "multiple",
    "physical",
    "speech",
    "visual",
}


def check_member_facts_disability_category_type_0(value: str) -> MemberFactsDisabilityCategoryType0:
    if value in MEMBER_FACTS_DISABILITY_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_DISABILITY_CATEGORY_TYPE_0_VALUES!r}"
    )
