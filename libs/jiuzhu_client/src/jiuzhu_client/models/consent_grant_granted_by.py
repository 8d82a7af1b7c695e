from typing import Literal

ConsentGrantGrantedBy = Literal["agent", "guardian", "subject"]

CONSENT_GRANT_GRANTED_BY_VALUES: set[ConsentGrantGrantedBy] = {
    "agent",
    "guardian",
    "subject",
}


def check_consent_grant_granted_by(value: str) -> ConsentGrantGrantedBy:
    if value in CONSENT_GRANT_GRANTED_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONSENT_GRANT_GRANTED_BY_VALUES!r}"
    )
