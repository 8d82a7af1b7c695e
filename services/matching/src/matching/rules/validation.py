"""Checks of a catalog document beyond its shape: dated values without gaps or overlaps, tiers that
neither overlap nor leave holes. Each problem is reported with the path of the field at fault."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from pydantic import ValidationError

from matching.rules.document import Bracket, CatalogDocument, ParameterDef, ParameterValue


def pydantic_errors(exc: ValidationError) -> list[dict[str, str]]:
    out = []
    for err in exc.errors():
        path = ""
        for part in err["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        out.append({"field": path or "document", "message": err["msg"]})
    return out


def check_parameter(index: int, p: ParameterDef, errors: list[dict[str, str]]) -> None:
    where = f"parameters[{index}]"
    by_region: dict[str, list[tuple[int, ParameterValue]]] = {}
    for i, v in enumerate(p.values):
        if (p.kind == "number") != (v.value is not None) or (p.kind == "brackets") != bool(
            v.brackets
        ):
            errors.append(
                {
                    "field": f"{where}.values[{i}]",
                    "message": f"a {p.kind} parameter needs "
                    + ("`value`" if p.kind == "number" else "`brackets`")
                    + " and not the other",
                }
            )
        if v.until is not None and v.until < v.effective_from:
            errors.append(
                {"field": f"{where}.values[{i}].until", "message": "ends before it starts"}
            )
        if v.brackets:
            check_brackets(f"{where}.values[{i}].brackets", list(v.brackets), errors)
        by_region.setdefault(v.region, []).append((i, v))
    for region, entries in by_region.items():
        entries.sort(key=lambda e: e[1].effective_from)
        for (_, a), (j, b) in pairwise(entries):
            label = f"{p.name} in region {region or 'nationwide'}"
            if a.effective_from == b.effective_from or (
                a.until is not None and a.until >= b.effective_from
            ):
                errors.append(
                    {
                        "field": f"{where}.values[{j}]",
                        "message": f"{label}: the value from {b.effective_from} overlaps the one "
                        f"from {a.effective_from}",
                    }
                )
            elif a.until is not None and a.until + timedelta(days=1) < b.effective_from:
                errors.append(
                    {
                        "field": f"{where}.values[{j}]",
                        "message": f"{label}: gap in dates, nothing is in force from "
                        f"{a.until + timedelta(days=1)} to {b.effective_from - timedelta(days=1)}",
                    }
                )


def check_brackets(where: str, brackets: list[Bracket], errors: list[dict[str, str]]) -> None:
    if brackets[0].from_yuan != 0:
        errors.append({"field": f"{where}[0].from_yuan", "message": "the first tier starts at 0"})
    for i, (a, b) in enumerate(pairwise(brackets)):
        if a.to_yuan is None or a.to_yuan > b.from_yuan:
            errors.append(
                {"field": f"{where}[{i + 1}]", "message": f"tier {i + 1} overlaps tier {i}"}
            )
        elif a.to_yuan < b.from_yuan:
            errors.append(
                {
                    "field": f"{where}[{i + 1}]",
                    "message": f"gap between tiers: nothing covers {a.to_yuan}–{b.from_yuan}",
                }
            )
    for i, b in enumerate(brackets):
        if b.to_yuan is not None and b.to_yuan <= b.from_yuan:
            errors.append({"field": f"{where}[{i}].to_yuan", "message": "must exceed from_yuan"})


def check_tiers(doc: CatalogDocument, errors: list[dict[str, str]]) -> None:
    """Circles are the tiers (分层): a group belongs to one circle and is defined once."""
    seen: dict[str, int] = {}
    for i, rule in enumerate(doc.circles):
        if rule.group in seen:
            errors.append(
                {
                    "field": f"circles[{i}].group",
                    "message": f"tier rules overlap: group `{rule.group}` is already defined by "
                    f"circles[{seen[rule.group]}]",
                }
            )
        seen.setdefault(rule.group, i)
