"""Rules a household declaration must meet before anything is written: IDs, region, members."""

from __future__ import annotations

from intake.clock import SHANGHAI, now
from intake.households.schemas import HouseholdCreate
from jiuzhu_kit import regions, resident_id


def problems(data: HouseholdCreate) -> list[dict[str, str]]:
    """Every rule the declaration breaks, each naming its field (empty when it is acceptable)."""
    errors: list[dict[str, str]] = []
    code = data.region_code
    try:
        if len(code) == 12:
            regions.validate_village(code, code[:9])
        else:
            regions.validate_township(code)
    except regions.UnknownRegion as exc:
        errors.append({"field": "region_code", "message": str(exc)})
    today = now().astimezone(SHANGHAI).date()
    seen: set[str] = set()
    heads = 0
    for i, member in enumerate(data.members):
        field = f"members.{i}.id_number"
        heads += member.relation == "head"
        try:
            rid = resident_id.parse(member.id_number, today=today)
        except resident_id.InvalidResidentId as exc:
            errors.append({"field": field, "message": str(exc)})
            continue
        if rid.number in seen:
            errors.append({"field": field, "message": "the same ID number appears twice"})
        seen.add(rid.number)
        if member.birth_date is not None and member.birth_date != rid.birth_date:
            errors.append(
                {
                    "field": f"members.{i}.birth_date",
                    "message": f"declared {member.birth_date}, but the ID number says "
                    f"{rid.birth_date}",
                }
            )
        if member.sex is not None and member.sex != rid.sex:
            errors.append(
                {
                    "field": f"members.{i}.sex",
                    "message": f"declared {member.sex}, but the ID number says {rid.sex}",
                }
            )
        if (member.disability_grade is None) != (member.disability_category is None):
            errors.append(
                {
                    "field": f"members.{i}.disability_grade",
                    "message": "a disability needs both its category and its grade (1–4)",
                }
            )
        if member.relation == "head" and member.exclusion is not None:
            errors.append(
                {
                    "field": f"members.{i}.exclusion",
                    "message": "the head of the household cannot be an excluded person",
                }
            )
    if heads != 1:
        errors.append(
            {"field": "members", "message": f"exactly one member must be the head (got {heads})"}
        )
    return errors
