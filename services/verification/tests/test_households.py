"""Households announced by intake decide which caseworkers may see a person's records."""

import uuid
from datetime import UTC, date, datetime

import httpx

from jiuzhu_kit import pii, resident_id
from jiuzhu_kit.settings import DEV_PII_KEY
from jiuzhu_kit.testing import bearer

PARTNER = bearer("data_partner", subject="partner-hh", sources=["medical_insurance"])
SERVICE = bearer("service", subject="intake", kind="service")
ANREN = bearer("caseworker", region="431028")
CONGHUA = bearer("caseworker", region="440117")


def declared(household_id: str, region: str, version: int, *ids: str) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "topic": "household.declared",
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": {
            "household_id": household_id,
            "region_code": region,
            "version": version,
            "member_indexes": [pii.blind_index(i, DEV_PII_KEY) for i in ids],
        },
    }


async def test_a_caseworker_sees_records_of_people_in_households_of_their_region(
    client: httpx.AsyncClient,
) -> None:
    n = uuid.uuid4().int
    who = resident_id.make("431028", date(1970, 1 + n % 12, 1 + n % 28), n % 997)
    record = {
        "source": "medical_insurance",
        "source_record_id": uuid.uuid4().hex,
        "id_number": who,
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": "110000.00",
        "date": "2026-06-30",
    }
    record_id = (await client.post("/v1/records", json=record, headers=PARTNER)).json()["id"]
    assert (await client.get(f"/v1/records/{record_id}", headers=ANREN)).status_code == 404

    household_id = str(uuid.uuid4())
    applied = await client.post(
        "/internal/events", json=declared(household_id, "431028206", 1, who), headers=SERVICE
    )
    assert applied.json()["applied"] is True
    assert (await client.get(f"/v1/records/{record_id}", headers=ANREN)).status_code == 200
    assert (await client.get(f"/v1/records/{record_id}", headers=CONGHUA)).status_code == 404
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ANREN)
    assert [r["id"] for r in found.json()] == [record_id]
    listed = await client.get("/v1/records", params={"household_id": household_id}, headers=ANREN)
    assert [r["id"] for r in listed.json()] == [record_id]
    hidden = await client.get("/v1/records", params={"household_id": household_id}, headers=CONGHUA)
    assert hidden.status_code == 404

    # The household moves to Conghua (version 2); a late copy of version 1 changes nothing.
    await client.post(
        "/internal/events", json=declared(household_id, "440117001", 2, who), headers=SERVICE
    )
    await client.post(
        "/internal/events", json=declared(household_id, "431028206", 1, who), headers=SERVICE
    )
    assert (await client.get(f"/v1/records/{record_id}", headers=CONGHUA)).status_code == 200
    assert (await client.get(f"/v1/records/{record_id}", headers=ANREN)).status_code == 404


async def test_a_newer_announcement_replaces_the_members_and_a_repeated_member_counts_once(
    client: httpx.AsyncClient,
) -> None:
    n = uuid.uuid4().int
    stays, leaves = (
        resident_id.make("431028", date(1960 + k, 1 + n % 12, 1 + n % 28), (n + k) % 997)
        for k in (1, 2)
    )
    record_ids = {}
    for who in (stays, leaves):
        record = {
            "source": "medical_insurance",
            "source_record_id": uuid.uuid4().hex,
            "id_number": who,
            "kind": "expenditure",
            "type": "medical_out_of_pocket",
            "amount_yuan": "800.00",
            "date": "2026-06-30",
        }
        created = await client.post("/v1/records", json=record, headers=PARTNER)
        record_ids[who] = created.json()["id"]
    household_id = str(uuid.uuid4())
    first = declared(household_id, "431028206", 1, stays, leaves, leaves)
    assert (await client.post("/internal/events", json=first, headers=SERVICE)).json()["applied"]
    for who in (stays, leaves):
        assert (
            await client.get(f"/v1/records/{record_ids[who]}", headers=ANREN)
        ).status_code == 200

    second = declared(household_id, "431028206", 2, stays)
    assert (await client.post("/internal/events", json=second, headers=SERVICE)).json()["applied"]
    assert (await client.get(f"/v1/records/{record_ids[stays]}", headers=ANREN)).status_code == 200
    assert (await client.get(f"/v1/records/{record_ids[leaves]}", headers=ANREN)).status_code == 404
