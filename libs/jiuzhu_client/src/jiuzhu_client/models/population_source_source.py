from typing import Literal

PopulationSourceSource = Literal["decisions", "upload"]

POPULATION_SOURCE_SOURCE_VALUES: set[PopulationSourceSource] = {
    "decisions",
    "upload",
}


def check_population_source_source(value: str) -> PopulationSourceSource:
    if value in POPULATION_SOURCE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POPULATION_SOURCE_SOURCE_VALUES!r}"
    )
