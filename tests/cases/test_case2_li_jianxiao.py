"""Case #2: Li Jianxiao is refused the veteran, disability and rural-revitalization schemes, and gets
临时救助（支出型）with his child after a case conference; the application is approved."""

from decimal import Decimal

from tests.cases import case2_li_jianxiao
from tests.cases.actors import Actors
from tests.cases.flow import applied_codes, policy


async def test_li_jianxiao_gets_expenditure_type_temporary_assistance_after_a_conference(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case2_li_jianxiao.play(actors, report.append)
    decision = outcome["decision"]

    assert outcome["check"]["counted_members"] == 2, "the deceased uncle no longer counts"
    assert Decimal(outcome["check"]["per_capita_monthly_income_yuan"]) == Decimal("1000.00")
    for code in (
        "veteran_hardship_support",
        "disability_living_subsidy",
        "disability_care_subsidy",
        "industry_support",
    ):
        refused = policy(decision, code)
        assert refused["eligible"] is False, code
        assert refused["explanation_zh"], f"{code} is refused with a reason"
    assert {"dibao", "tekun", "dibao_edge"}.isdisjoint(applied_codes(decision))
    temporary = policy(decision, "temporary_expenditure")
    assert temporary["eligible"] is True and temporary["excluded_by"] is None
    # (7,000 medical + 8,000 education) − 0.5 × 24,000 annual income = 3,000 元, under both caps.
    assert Decimal(temporary["amount_once_yuan"]) == Decimal("3000.00")
    assert outcome["opinions"] == {
        "veteran_hardship_support": False,
        "disability_living_subsidy": False,
        "disability_care_subsidy": False,
        "industry_support": False,
        "medical_assistance": False,
        "temporary_expenditure": True,
    }
    events = [e["event"] for e in outcome["timeline"]]
    assert "conference_convened" in events and "conference_concluded" in events
    if actors.advance_days is not None:
        assert outcome["state"] == "approved"
    else:
        assert outcome["state"] == "public_notice"
