"""A population of households as columns (numpy), the vectorised back end's input.

Built from HouseholdFacts (stored decisions), from a table of person rows (uploaded CSV/Parquet), or
directly by a generator. Only counted members (co-resident, not excluded) are kept, sorted by household.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from matching.rules.facts import HouseholdFacts, flatten
from matching.rules.variables import BASE_VARIABLES, BaseVariable

HOUSEHOLD_VARIABLES = [v for v in BASE_VARIABLES.values() if v.entity == "household"]
PERSON_VARIABLES = [v for v in BASE_VARIABLES.values() if v.entity == "person"]
# An uploaded table has one row per member, household columns repeated on each row.
TABLE_COLUMNS = [
    "household_id",
    "region_code",
    "co_resident",
    "excluded",
    *(v.name for v in HOUSEHOLD_VARIABLES),
    *(v.name for v in PERSON_VARIABLES),
]


class PopulationError(ValueError):
    def __init__(self, message: str, field: str = "population") -> None:
        super().__init__(message)
        self.field = field


# Households per chunk of the vectorised layout: a chunk's intermediate arrays (a few hundred kB each)
# stay in the CPU cache, and only one chunk's worth is alive at a time.
CHUNK_HOUSEHOLDS = 1 << 16


@dataclass(frozen=True)
class Chunk:
    """A run of households of the layout and their members.

    Households are sorted by size, largest first, so the members in slot k (the k-th member of each
    household) belong to a prefix of the chunk's households: `rows[k] = (offset, count)` says they sit at
    `offset` in the chunk's member arrays and belong to its first `count` households.
    """

    start: int
    stop: int
    person_start: int
    person_stop: int
    rows: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Layout:
    """The population arranged for the vectorised back end (built once, kept with the population).

    Chunk by chunk, the population's households sorted by size, largest first.
    """

    order: np.ndarray  # per layout position, the household's index in the population
    household: dict[str, np.ndarray]  # in layout order
    person: dict[str, np.ndarray]  # chunk by chunk, slot by slot
    region_index: np.ndarray  # in layout order, as np.intp: the index type np.take wants
    sizes: np.ndarray  # counted members per household (float, as the rules compute with it)
    chunks: tuple[Chunk, ...]
    chunk_households: int


@dataclass
class Population:
    household_ids: list[str]
    region_codes: list[str]  # distinct codes
    region_index: np.ndarray  # per household, index into region_codes
    household: dict[str, np.ndarray]
    person: dict[str, np.ndarray]
    person_household: np.ndarray  # per person, its household's index (sorted)
    starts: np.ndarray  # per household, its first person's index
    _layout: Layout | None = field(default=None, init=False, repr=False)

    @property
    def households(self) -> int:
        return len(self.region_index)

    @property
    def persons(self) -> int:
        return len(self.person_household)

    def layout(self, chunk_households: int | None = None) -> Layout:
        """The vectorised layout: households by size in chunks, members slot by slot within a chunk.

        With it a household value reaches its members by prefix slices and a sum over members is a few
        contiguous additions: no padding to the largest household, no gather or scatter per rule.
        Built once and kept; a `chunk_households` other than the kept one's rebuilds it (tests use
        small chunks to run many on a small population).
        """
        kept = self._layout
        wanted = chunk_households or (kept.chunk_households if kept else CHUNK_HOUSEHOLDS)
        if kept is None or kept.chunk_households != wanted:
            kept = self._layout = _build_layout(self, wanted)
        return kept


def _build_layout(population: Population, chunk_households: int) -> Layout:
    households = population.households
    sizes = np.diff(np.append(population.starts, population.persons))
    # Sorted within each chunk only, so that reordering the columns reads memory close by.
    order = np.concatenate(
        [
            start + np.argsort(-sizes[start : start + chunk_households], kind="stable")
            for start in range(0, households, chunk_households)
        ]
    )
    sorted_sizes = sizes[order]
    member_order: list[np.ndarray] = []
    chunks = []
    person_start = 0
    for start in range(0, households, chunk_households):
        stop = min(start + chunk_households, households)
        block = sorted_sizes[start:stop]
        rows = []
        offset = 0
        for slot in range(int(block[0])):
            count = int(np.count_nonzero(block > slot))
            member_order.append(population.starts[order[start : start + count]] + slot)
            rows.append((offset, count))
            offset += count
        chunks.append(Chunk(start, stop, person_start, person_start + offset, tuple(rows)))
        person_start += offset
    members = np.concatenate(member_order) if member_order else np.zeros(0, dtype=np.int64)
    return Layout(
        order=order,
        household={name: np.take(column, order) for name, column in population.household.items()},
        person={name: np.take(column, members) for name, column in population.person.items()},
        region_index=np.take(population.region_index, order).astype(np.intp),
        sizes=sorted_sizes.astype(np.float64),
        chunks=tuple(chunks),
        chunk_households=chunk_households,
    )


def encode(variable: BaseVariable, values: Any) -> np.ndarray:
    """Column values → the back end's dtype: float64 (NaN for null), bool, or int8 category codes."""
    if variable.type == "category":
        codes = {v: i for i, v in enumerate(variable.vocabulary)}
        try:
            return np.fromiter((codes[v] for v in values), dtype=np.int8)
        except KeyError as exc:
            raise PopulationError(
                f"{variable.name}: {exc.args[0]!r} is not one of {list(variable.vocabulary)}",
                variable.name,
            ) from exc
    if variable.type == "bool":
        return np.asarray(list(values), dtype=bool)
    return np.asarray([np.nan if v is None else float(v) for v in values], dtype=np.float64)


def from_facts(items: list[tuple[str, HouseholdFacts]]) -> Population:
    """Population from (label, facts) pairs, e.g. the facts stored with decisions."""
    flats = [flatten(f) for _, f in items]
    if not flats:
        raise PopulationError("the population is empty")
    regions = sorted({f.region_code for f in flats})
    position = {r: i for i, r in enumerate(regions)}
    household = {
        v.name: encode(v, [f.household[v.name] for f in flats]) for v in HOUSEHOLD_VARIABLES
    }
    sizes = np.array([len(f.persons) for f in flats], dtype=np.int64)
    person = {
        v.name: encode(v, [p[v.name] for f in flats for p in f.persons]) for v in PERSON_VARIABLES
    }
    return Population(
        household_ids=[label for label, _ in items],
        region_codes=regions,
        region_index=np.array([position[f.region_code] for f in flats], dtype=np.int32),
        household=household,
        person=person,
        person_household=np.repeat(np.arange(len(flats), dtype=np.int32), sizes),
        starts=np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64),
    )


def from_table(frame: pl.DataFrame) -> Population:
    """Population from person rows (columns TABLE_COLUMNS); households need one counted member."""
    missing = [c for c in TABLE_COLUMNS if c not in frame.columns]
    if missing:
        raise PopulationError(f"the table lacks the column(s) {missing}", missing[0])
    if frame.height == 0:
        raise PopulationError("the population is empty")
    frame = frame.with_columns(
        pl.col("household_id").cast(pl.Utf8), pl.col("region_code").cast(pl.Utf8)
    )
    counted = frame.filter(
        pl.col("co_resident").cast(pl.Boolean) & ~pl.col("excluded").cast(pl.Boolean)
    )
    counted = counted.sort("household_id", maintain_order=True)
    first = counted.unique("household_id", keep="first", maintain_order=True)
    if first.height != frame.select(pl.col("household_id").n_unique()).item():
        raise PopulationError("every household needs at least one co-resident, counted member")
    inconsistent = counted.group_by("household_id").agg(pl.col("region_code").n_unique().alias("n"))
    if inconsistent.filter(pl.col("n") > 1).height:
        raise PopulationError("a household's rows disagree on region_code", "region_code")
    ids = first["household_id"].to_list()
    index_of = {h: i for i, h in enumerate(ids)}
    codes = first["region_code"].to_list()
    regions = sorted(set(codes))
    position = {r: i for i, r in enumerate(regions)}
    person_household = np.fromiter(
        (index_of[h] for h in counted["household_id"].to_list()), dtype=np.int32
    )
    sizes = np.bincount(person_household, minlength=len(ids))
    return Population(
        household_ids=ids,
        region_codes=regions,
        region_index=np.array([position[c] for c in codes], dtype=np.int32),
        household={v.name: encode(v, first[v.name].to_list()) for v in HOUSEHOLD_VARIABLES},
        person={v.name: encode(v, counted[v.name].to_list()) for v in PERSON_VARIABLES},
        person_household=person_household,
        starts=np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64),
    )


def to_table(population: Population) -> pl.DataFrame:
    """The population as person rows (the upload format), e.g. to write a CSV or Parquet file."""
    owner = population.person_household
    ids = population.household_ids or [f"h{i}" for i in range(population.households)]
    columns: dict[str, Any] = {
        "household_id": np.asarray(ids, dtype=object)[owner].tolist(),
        "region_code": np.asarray(population.region_codes, dtype=object)[
            population.region_index[owner]
        ].tolist(),
        "co_resident": np.ones(population.persons, dtype=bool),
        "excluded": np.zeros(population.persons, dtype=bool),
    }
    for v in HOUSEHOLD_VARIABLES:
        columns[v.name] = _decode(v, population.household[v.name][owner])
    for v in PERSON_VARIABLES:
        columns[v.name] = _decode(v, population.person[v.name])
    return pl.DataFrame({name: pl.Series(name, values) for name, values in columns.items()})


def _decode(variable: BaseVariable, values: np.ndarray) -> Any:
    if variable.type == "category":
        return pl.Series(
            np.asarray(variable.vocabulary, dtype=object)[values].tolist(), dtype=pl.Utf8
        )
    if variable.type == "bool":
        return values
    return pl.Series(values).fill_nan(None)
