"""Input rules shared by the domains: region codes must exist, problems name the field."""

from __future__ import annotations

from jiuzhu_kit import regions
from jiuzhu_kit.errors import InvalidInput

FieldErrors = list[dict[str, str]]


def check_region(code: str, field: str, errors: FieldErrors) -> str | None:
    """The canonical code of a known region, or None after recording why it is not one."""
    try:
        return regions.lookup(code).code
    except regions.UnknownRegion as exc:
        errors.append({"field": field, "message": str(exc)})
        return None


def raise_if(errors: FieldErrors, what: str) -> None:
    """Refuse the whole request (nothing is written) when any field broke a rule."""
    if errors:
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:3])
        raise InvalidInput(f"The {what} breaks {len(errors)} rule(s): {summary}", errors=errors)


def region_name(code: str) -> str:
    try:
        return regions.full_name(code)
    except regions.UnknownRegion:
        return ""
