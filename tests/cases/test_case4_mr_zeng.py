"""Case #4: Mr Zeng is enrolled in 低保 and a social-work agency links milk, rice, errand-running and
escort volunteers, a rehabilitation medicine card and counseling — each delivered."""

from tests.cases import case4_mr_zeng
from tests.cases.actors import Actors
from tests.cases.flow import applied_codes


async def test_mr_zeng_gets_dibao_and_the_resource_pool_covers_the_rest(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case4_mr_zeng.play(actors, report.append)

    assert outcome["decision"]["group"] == "dibao"
    assert "dibao" in applied_codes(outcome["decision"])
    if actors.advance_days is None:
        assert outcome["application"]["state"] == "public_notice"
        return
    assert outcome["application"]["state"] == "enrolled"
    wanted = {text for _, text, _ in case4_mr_zeng.NEEDS}
    for text, referral in outcome["referrals"].items():
        assert referral["candidate"], f"{text}: the resource is among the ranked candidates"
        if referral["recurrence"]:
            assert referral["occurrences"][0]["status"] == "delivered", text
            assert referral["status"] == "in_service", text
        else:
            assert referral["status"] == "confirmed", text
    # DOMAIN.md: volunteers run his errands and accompany him — so that need must reach charity.
    assert set(outcome["uncovered"]) == wanted, "policy covers none of these: they go to charity"
    assert set(outcome["referrals"]) == wanted
