from typing import Literal

CharityActV1ReferralsReferralIdActionPostAction = Literal[
    "accept", "cancel", "confirm", "deliver", "send", "start"
]

CHARITY_ACT_V1_REFERRALS_REFERRAL_ID_ACTION_POST_ACTION_VALUES: set[
    CharityActV1ReferralsReferralIdActionPostAction
] = {
    "accept",
    "cancel",
    "confirm",
    "deliver",
    "send",
    "start",
}


def check_charity_act_v1_referrals_referral_id_action_post_action(
    value: str,
) -> CharityActV1ReferralsReferralIdActionPostAction:
    if value in CHARITY_ACT_V1_REFERRALS_REFERRAL_ID_ACTION_POST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_ACT_V1_REFERRALS_REFERRAL_ID_ACTION_POST_ACTION_VALUES!r}"
    )
