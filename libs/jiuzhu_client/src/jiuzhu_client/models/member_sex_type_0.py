from typing import Literal

MemberSexType0 = Literal["female", "male"]

MEMBER_SEX_TYPE_0_VALUES: set[MemberSexType0] = {
    "female",
    "male",
}


def check_member_sex_type_0(value: str) -> MemberSexType0:
    if value in MEMBER_SEX_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_SEX_TYPE_0_VALUES!r}")
