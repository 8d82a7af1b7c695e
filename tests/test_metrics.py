"""Each service's /metrics carries its business figures, read from its own database."""

from datetime import date

import httpx

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import Stack, eventually

CASEWORKER = bearer("caseworker", region="431028", subject="metrics-caseworker")


def sample(text: str, name: str, labels: str = "") -> float | None:
    prefix = f"{name}{{{labels}}} " if labels else f"{name} "
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line.split()[-1])
    return None


async def test_business_figures_are_on_each_services_metrics(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    doc = {
        "kind": "minimum_living",
        "household": {
            "region_code": "431028206",
            "address": "柏叶村 5 组",
            "registration": "rural",
            "members": [
                {
                    "name": "指标测试",
                    "id_number": resident_id.make("431028", date(1966, 6, 6), 613),
                    "relation": "head",
                }
            ],
        },
        "needs": [{"category": "basic_living", "text": "生活困难", "urgency": "normal"}],
        "consent": {"granted_by": "subject", "signer_name": "指标测试"},
    }
    created = await gateway.post("/v1/applications", json=doc, headers=CASEWORKER)
    assert created.status_code == 201, created.text
    state = created.json()["state"]
    if not stack.controllable:
        return  # a deployed stack's /metrics is scraped by its own Prometheus, not through the gateway
    urls = {
        name: stack.service_url(name) for name in ("intake", "verification", "matching", "charity")
    }
    async with httpx.AsyncClient() as client:

        async def applications_counted() -> bool:
            text = (await client.get(f"{urls['intake']}/metrics")).text
            return any(
                (sample(text, "jiuzhu_applications", f'state="{s}"') or 0) >= 1
                for s in (state, "verifying", "assessed")
            )

        await eventually(applications_counted)
        for name, url in urls.items():
            text = (await client.get(f"{url}/metrics")).text
            assert sample(text, "jiuzhu_outbox_pending_events") is not None, name
            if sample(text, "jiuzhu_outbox_dead_letters") != 0.0:
                outbox = (
                    await client.get(f"{url}/internal/outbox", headers=bearer("admin"))
                ).json()
                raise AssertionError(f"{name} dead-lettered: {outbox['dead_letters']}")
        assert (
            "# TYPE jiuzhu_decisions gauge"
            in (await client.get(f"{urls['matching']}/metrics")).text
        )
        assert (
            "# TYPE jiuzhu_referrals gauge" in (await client.get(f"{urls['charity']}/metrics")).text
        )
