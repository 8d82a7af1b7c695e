from typing import Literal

ConsentGrantScopeItem = Literal["assets", "expenditure", "income", "life_events"]

CONSENT_GRANT_SCOPE_ITEM_VALUES: set[ConsentGrantScopeItem] = {
    "assets",
    "expenditure",
    "income",
    "life_events",
}


def check_consent_grant_scope_item(value: str) -> ConsentGrantScopeItem:
    if value in CONSENT_GRANT_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONSENT_GRANT_SCOPE_ITEM_VALUES!r}"
    )
