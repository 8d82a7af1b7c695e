from typing import Literal

MemberExclusionType0 = Literal["clergy_away_3y", "compulsory_rehab", "missing", "prison"]

MEMBER_EXCLUSION_TYPE_0_VALUES: set[MemberExclusionType0] = {
    "clergy_away_3y",
    "compulsory_rehab",
    "missing",
    "prison",
}


def check_member_exclusion_type_0(value: str) -> MemberExclusionType0:
    if value in MEMBER_EXCLUSION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_EXCLUSION_TYPE_0_VALUES!r}"
    )
