from typing import Literal

ReferralReadStatus = Literal[
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

REFERRAL_READ_STATUS_VALUES: set[ReferralReadStatus] = {
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


def check_referral_read_status(value: str) -> ReferralReadStatus:
    if value in REFERRAL_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRAL_READ_STATUS_VALUES!r}")
