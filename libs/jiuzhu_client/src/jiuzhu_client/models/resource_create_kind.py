from typing import Literal

ResourceCreateKind = Literal["goods", "hotline", "project", "service", "volunteer_offer"]

RESOURCE_CREATE_KIND_VALUES: set[ResourceCreateKind] = {
    "goods",
    "hotline",
    "project",
    "service",
    "volunteer_offer",
}


def check_resource_create_kind(value: str) -> ResourceCreateKind:
    if value in RESOURCE_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_CREATE_KIND_VALUES!r}")
