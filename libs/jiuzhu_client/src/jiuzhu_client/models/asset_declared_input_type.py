from typing import Literal

AssetDeclaredInputType = Literal[
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

ASSET_DECLARED_INPUT_TYPE_VALUES: set[AssetDeclaredInputType] = {
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


def check_asset_declared_input_type(value: str) -> AssetDeclaredInputType:
    if value in ASSET_DECLARED_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_DECLARED_INPUT_TYPE_VALUES!r}"
    )
