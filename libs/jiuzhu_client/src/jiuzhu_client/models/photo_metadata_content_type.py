from typing import Literal

PhotoMetadataContentType = Literal["image/heic", "image/jpeg", "image/png", "image/webp"]

PHOTO_METADATA_CONTENT_TYPE_VALUES: set[PhotoMetadataContentType] = {
    "image/heic",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_photo_metadata_content_type(value: str) -> PhotoMetadataContentType:
    if value in PHOTO_METADATA_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTO_METADATA_CONTENT_TYPE_VALUES!r}"
    )
