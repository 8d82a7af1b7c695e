"""Chinese administrative division codes: normalization, lookup, names and prefix-based data scope.

Backed by the division tables shipped in ``jiuzhu_kit/data/divisions`` (province to township level).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Level = Literal["province", "city", "county", "township", "village"]

# Canonical codes carry only their meaningful digits, so the length alone gives the level.
_LEVEL_BY_LENGTH: dict[int, Level] = {
    2: "province",
    4: "city",
    6: "county",
    9: "township",
    12: "village",
}
_LENGTH_BY_LEVEL: dict[Level, int] = {level: n for n, level in _LEVEL_BY_LENGTH.items()}
# Closest first: common_level walks these and returns the first shared one.
_LEVELS_CLOSEST_FIRST: tuple[Level, ...] = ("village", "township", "county", "city", "province")

# City-level placeholders ("districts under the municipality" and the like) name no real place, so
# they would only clutter a full name such as 北京市东城区.
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

_ALL_SCOPES = frozenset({"", "*"})


class UnknownRegion(ValueError):
    """A region code that is malformed or absent from the division data."""


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative division. ``name`` is empty for villages (not in the shipped data)."""

    code: str
    name: str
    level: Level
    parent_code: str | None


def _read_csv(name: str) -> list[dict[str, str]]:
    # importlib.resources, not a path beside __file__, so this works from a zipped wheel too.
    text = (
        resources.files("jiuzhu_kit")
        .joinpath("data")
        .joinpath("divisions")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return list(csv.DictReader(io.StringIO(text)))


@cache
def _table() -> dict[str, Region]:
    """Every known region keyed by canonical code; loaded once, on first use."""
    table: dict[str, Region] = {}
    for row in _read_csv("provinces.csv"):
        table[row["code"]] = Region(row["code"], row["name"], "province", None)
    for row in _read_csv("cities.csv"):
        table[row["code"]] = Region(row["code"], row["name"], "city", row["provinceCode"])
    for row in _read_csv("areas.csv"):
        table[row["code"]] = Region(row["code"], row["name"], "county", row["cityCode"])
    for row in _read_csv("streets.csv"):
        table[row["code"]] = Region(row["code"], row["name"], "township", row["areaCode"])
    return table


def normalize(code: str) -> str:
    """Return the canonical form of a region code: only its meaningful digits.

    Accepts 2/4/6/9/12-digit codes and the zero-padded forms of higher levels (430000 -> "43",
    430200 -> "4302", 430211102000 -> "430211102"). Only the format is checked, not existence;
    raises UnknownRegion for malformed codes.
    """
    raw = str(code).strip()
    # isdigit() alone would accept full-width and other Unicode digits.
    if not raw or not (raw.isascii() and raw.isdigit()):
        raise UnknownRegion(f"region code {code!r} must consist of ASCII digits only")
    if len(raw) not in _LEVEL_BY_LENGTH:
        raise UnknownRegion(
            f"region code {code!r} has {len(raw)} digits; expected 2 (province), 4 (city), "
            "6 (county), 9 (township) or 12 (village)"
        )
    # Statistics-bureau 12-digit codes pad higher levels with zeros; no real village or township
    # number is 000, so trailing zero groups always mean "the level above".
    if len(raw) == 12 and raw.endswith("000"):
        raw = raw[:9]
    if len(raw) == 9 and raw.endswith("000"):
        raw = raw[:6]
    if len(raw) == 6 and raw not in _table():
        # A few real counties end in 00 (441900 东莞市), hence the table check first.
        if raw.endswith("0000"):
            raw = raw[:2]
        elif raw.endswith("00"):
            raw = raw[:4]
    if len(raw) == 4 and raw.endswith("00"):
        raw = raw[:2]
    return raw


def lookup(code: str) -> Region:
    """Return the region for a code, raising UnknownRegion if it is malformed or not in the data."""
    canonical = normalize(code)
    table = _table()
    if len(canonical) == 12:
        # Villages are not shipped; a village code is accepted when its township is known.
        township = canonical[:9]
        if township not in table:
            raise UnknownRegion(
                f"village code {code!r} lies in township {township}, which is not in the "
                "division data"
            )
        return Region(canonical, "", "village", township)
    region = table.get(canonical)
    if region is None:
        level = _LEVEL_BY_LENGTH[len(canonical)]
        raise UnknownRegion(
            f"{level} code {code!r} (canonical {canonical}) is not in the division data"
        )
    return region


def is_known(code: str) -> bool:
    """True if the code is well formed and in the data (a village: if its township is)."""
    try:
        lookup(code)
    except UnknownRegion:
        return False
    return True


def parents(code: str) -> list[Region]:
    """The region itself followed by each enclosing region, up to its province."""
    chain = [lookup(code)]
    table = _table()
    while chain[-1].parent_code is not None:
        chain.append(table[chain[-1].parent_code])
    return chain


def full_name(code: str) -> str:
    """Province-to-region name, e.g. 湖南省株洲市天元区雷打石镇 for 430211102."""
    names: list[str] = []
    for region in reversed(parents(code)):
        # Skip placeholders and repeats: 东莞市 is both a city (4419) and its own county (441900).
        if not region.name or region.name in _PLACEHOLDER_NAMES:
            continue
        if names and names[-1] == region.name:
            continue
        names.append(region.name)
    return "".join(names)


def within(code: str, scope: str) -> bool:
    """True if ``code`` lies inside ``scope`` (or is it); "" or "*" is the whole country.

    Data scope is a prefix test on the canonical codes, so 430211102 is within 430211 and 43.
    """
    if scope.strip() in _ALL_SCOPES:
        return True
    return normalize(code).startswith(normalize(scope))


def common_level(a: str, b: str) -> Level | None:
    """The closest level at which two regions coincide (e.g. "county"), or None across provinces.

    A region is compared only at levels both codes reach: a county and one of its townships share
    the "county" level.
    """
    code_a, code_b = normalize(a), normalize(b)
    shortest = min(len(code_a), len(code_b))
    for level in _LEVELS_CLOSEST_FIRST:
        n = _LENGTH_BY_LEVEL[level]
        if n <= shortest and code_a[:n] == code_b[:n]:
            return level
    return None


def validate_township(code: str) -> Region:
    """Return the township for a code, raising UnknownRegion unless it is a known township."""
    region = lookup(code)
    if region.level != "township":
        raise UnknownRegion(
            f"region code {code!r} is a {region.level} ({region.code}), not a 9-digit township"
        )
    return region


def validate_village(code: str, township: str | None = None) -> Region:
    """Return the village for a 12-digit code, checking it lies in ``township`` when given."""
    region = lookup(code)
    if region.level != "village":
        raise UnknownRegion(
            f"region code {code!r} is a {region.level} ({region.code}), not a 12-digit village"
        )
    if township is not None:
        expected = validate_township(township)
        if region.parent_code != expected.code:
            raise UnknownRegion(
                f"village {region.code} belongs to township {region.parent_code}, "
                f"not {expected.code}"
            )
    return region
