from typing import Literal

MemberSummarySex = Literal["female", "male"]

MEMBER_SUMMARY_SEX_VALUES: set[MemberSummarySex] = {
    "female",
    "male",
}


def check_member_summary_sex(value: str) -> MemberSummarySex:
    if value in MEMBER_SUMMARY_SEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_SUMMARY_SEX_VALUES!r}")
