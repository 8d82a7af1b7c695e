from typing import Literal

ProductCreateEligibilityItem = Literal["dispersed_tekun", "serious_illness", "severe_disability"]

PRODUCT_CREATE_ELIGIBILITY_ITEM_VALUES: set[ProductCreateEligibilityItem] = {
    "dispersed_tekun",
    "serious_illness",
    "severe_disability",
}


def check_product_create_eligibility_item(value: str) -> ProductCreateEligibilityItem:
    if value in PRODUCT_CREATE_ELIGIBILITY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_CREATE_ELIGIBILITY_ITEM_VALUES!r}"
    )
