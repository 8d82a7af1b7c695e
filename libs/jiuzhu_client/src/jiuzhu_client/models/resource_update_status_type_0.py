from typing import Literal

ResourceUpdateStatusType0 = Literal["active", "closed", "paused"]

RESOURCE_UPDATE_STATUS_TYPE_0_VALUES: set[ResourceUpdateStatusType0] = {
    "active",
    "closed",
    "paused",
}


def check_resource_update_status_type_0(value: str) -> ResourceUpdateStatusType0:
    if value in RESOURCE_UPDATE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_UPDATE_STATUS_TYPE_0_VALUES!r}"
    )
