"""Case #6: the love list in 从化区 — eligible people order below market price through the town's
group-buy, the supermarket delivers to the station, the runner to the door, the code confirms."""

from decimal import Decimal

from tests.cases import case6_love_list
from tests.cases.actors import Actors


async def test_love_list_orders_reach_the_doors_of_eligible_buyers_and_are_confirmed(
    actors: Actors, report: list[str]
) -> None:
    outcome = await case6_love_list.play(actors, report.append)

    discount = Decimal(outcome["product"]["discount_yuan"])
    assert Decimal(3) <= discount <= Decimal(50)
    assert outcome["rejected_price_status"] == 422, "more than 50 元 off is refused"
    assert outcome["outsider_status"] == 403, "only the listed groups may buy"
    assert outcome["supplier_order"]["lines"][0]["quantity"] == 3
    assert Decimal(outcome["supplier_order"]["total_yuan"]) == Decimal("149.70")
    assert len(outcome["orders"]) == 3
    for order in outcome["orders"]:
        assert order["delivery"]["stage"] == "delivered"
        assert order["delivery"]["delivered_at"] is not None
