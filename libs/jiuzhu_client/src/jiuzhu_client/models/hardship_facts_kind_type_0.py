from typing import Literal

HardshipFactsKindType0 = Literal[
    "accident",
    "death",
    "death_of_earner",
    "disaster",
    "education",
    "emergency",
    "fire",
    "housing_unsafe",
    "illness",
    "medical",
    "other",
    "serious_illness",
    "unemployment",
]

HARDSHIP_FACTS_KIND_TYPE_0_VALUES: set[HardshipFactsKindType0] = {
    "accident",
    "death",
    "death_of_earner",
    "disaster",
    "education",
    "emergency",
    "fire",
    "housing_unsafe",
    "illness",
    "medical",
    "other",
    "serious_illness",
    "unemployment",
}


def check_hardship_facts_kind_type_0(value: str) -> HardshipFactsKindType0:
    if value in HARDSHIP_FACTS_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HARDSHIP_FACTS_KIND_TYPE_0_VALUES!r}"
    )
