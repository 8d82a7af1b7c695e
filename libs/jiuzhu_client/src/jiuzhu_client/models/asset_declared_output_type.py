from typing import Literal

AssetDeclaredOutputType = Literal[
    "business",
    "commercial_insurance",
    "debt_owed",
    "deposit",
    "fund",
    "housing",
    "other",
    "securities",
    "vehicle",
]

ASSET_DECLARED_OUTPUT_TYPE_VALUES: set[AssetDeclaredOutputType] = {
    "business",
    "commercial_insurance",
    "debt_owed",
    "deposit",
    "fund",
    "housing",
    "other",
    "securities",
    "vehicle",
}


def check_asset_declared_output_type(value: str) -> AssetDeclaredOutputType:
    if value in ASSET_DECLARED_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_DECLARED_OUTPUT_TYPE_VALUES!r}"
    )
