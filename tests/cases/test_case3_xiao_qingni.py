"""Case #3: 医保 data over 100,000 元 raises a warning for 五岭镇; after the visit the family gets
basic-living support, medical, education, industry and employment assistance together."""

from decimal import Decimal

from tests.cases import case3_xiao_qingni
from tests.cases.actors import Actors
from tests.cases.flow import applied_codes, policy


async def test_xiao_qingni_family_gets_five_kinds_of_assistance_together(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case3_xiao_qingni.play(actors, report.append)

    warning = outcome["warning"]
    assert warning["rule_code"] == "medical_oop_high"
    assert warning["assigned_region"].startswith(case3_xiao_qingni.TOWN)
    assert Decimal(warning["figure_yuan"]) == Decimal("103250.00")
    assert outcome["channel"] == "proactive"
    decision = outcome["decision"]
    assert decision["group"] == "dibao"
    got = applied_codes(decision)
    assert {
        "dibao",
        "medical_assistance",
        "education_assistance",
        "industry_support",
        "employment_assistance",
    } <= got, got
    assert Decimal(policy(decision, "medical_assistance")["amount_once_yuan"]) > 0
    expected = "enrolled" if actors.advance_days is not None else "public_notice"
    assert outcome["application"]["state"] == expected
