from typing import Literal

CharityListReferralsV1ReferralsGetStatusType0 = Literal[
    "accepted",
    "cancelled",
    "confirmed",
    "declined",
    "delivered",
    "expired",
    "in_service",
    "proposed",
    "sent",
]

CHARITY_LIST_REFERRALS_V1_REFERRALS_GET_STATUS_TYPE_0_VALUES: set[
    CharityListReferralsV1ReferralsGetStatusType0
] = {
    "accepted",
    "cancelled",
    "confirmed",
    "declined",
    "delivered",
    "expired",
    "in_service",
    "proposed",
    "sent",
}


def check_charity_list_referrals_v1_referrals_get_status_type_0(
    value: str,
) -> CharityListReferralsV1ReferralsGetStatusType0:
    if value in CHARITY_LIST_REFERRALS_V1_REFERRALS_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_LIST_REFERRALS_V1_REFERRALS_GET_STATUS_TYPE_0_VALUES!r}"
    )
