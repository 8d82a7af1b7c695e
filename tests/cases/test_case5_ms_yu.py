"""Case #5: a community social worker links transport, care, medical-cost aid and a powered
wheelchair for Ms Yu; every party delivers and the social worker confirms."""

from tests.cases import case5_ms_yu
from tests.cases.actors import Actors


async def test_ms_yu_is_linked_to_transport_care_medical_aid_and_a_wheelchair(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case5_ms_yu.play(actors, report.append)

    assert set(outcome["referrals"]) == {text for _, text, _ in case5_ms_yu.NEEDS}
    for text, referral in outcome["referrals"].items():
        assert referral["candidate"], f"{text}: the resource is among the ranked candidates"
        assert referral["status"] == "confirmed", text
        assert referral["household"]["members"][0]["name_masked"] == "余**", "masked, consented"
    assert (
        outcome["referrals"]["辅具：电动轮椅，方便每天出门"]["benefit_kind"] == "powered_wheelchair"
    )
