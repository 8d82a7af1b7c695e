from typing import Literal

ResourceCreateCapacityPeriodType0 = Literal["month", "week"]

RESOURCE_CREATE_CAPACITY_PERIOD_TYPE_0_VALUES: set[ResourceCreateCapacityPeriodType0] = {
    "month",
    "week",
}


def check_resource_create_capacity_period_type_0(value: str) -> ResourceCreateCapacityPeriodType0:
    if value in RESOURCE_CREATE_CAPACITY_PERIOD_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_CREATE_CAPACITY_PERIOD_TYPE_0_VALUES!r}"
    )
