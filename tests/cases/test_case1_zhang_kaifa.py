"""Case #1: a warning from partner data reaches 牌楼乡 (and only it); the household is verified at home
and enrolled in 低保 without having applied."""

from tests.cases import case1_zhang_kaifa
from tests.cases.actors import Actors
from tests.cases.flow import applied_codes


async def test_zhang_kaifa_is_found_by_monitoring_and_enrolled_in_dibao_without_applying(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case1_zhang_kaifa.play(actors, report.append)

    assert outcome["warning"]["assigned_region"].startswith(case1_zhang_kaifa.TOWN)
    assert outcome["warning"]["state"] == "confirmed"
    assert outcome["other_town_saw_it"] is False, "another town's caseworker does not see it"
    assert outcome["channel"] == "proactive", "the family never applied"
    assert outcome["check"]["counted_members"] == 3
    assert outcome["decision"]["group"] == "dibao"
    assert "dibao" in applied_codes(outcome["decision"])
    expected = "enrolled" if actors.advance_days is not None else "public_notice"
    assert outcome["application"]["state"] == expected
