from typing import Literal

ReferralSummaryStatus = Literal[
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

REFERRAL_SUMMARY_STATUS_VALUES: set[ReferralSummaryStatus] = {
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


def check_referral_summary_status(value: str) -> ReferralSummaryStatus:
    if value in REFERRAL_SUMMARY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFERRAL_SUMMARY_STATUS_VALUES!r}"
    )
