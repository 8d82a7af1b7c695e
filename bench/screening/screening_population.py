"""The seeded synthetic monitored population of the screening benchmark, written straight to PostgreSQL.

Households in Hunan's townships, their people, and about 2.26 partner records per person over a year
(medical out-of-pocket costs, school costs, incomes, assets, life events). Background data stays clear
of every shipped rule by construction (small amounts, life events outside their windows or at ages a
rule does not cover); planted cases cross exactly the rules they are planted for, and near misses
sit just short of a rule.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_EPOCH = date(1940, 1, 1)
STATUSES = (
    ("enrolled", 0.30),
    ("near_subsistence", 0.20),
    ("return_to_poverty_watch", 0.30),
    ("applicant", 0.05),
    ("flagged", 0.15),
)
PLANTED_KINDS = (
    "medical_oop_high",
    "medical_oop_share",
    "serious_illness",
    "working_age_death_or_disability",
    "unemployment",
    "school_costs_high",
    "disaster",
    "exit_review_income",
    "exit_review_assets",
)


def hunan_towns() -> list[str]:
    text = (
        resources.files("jiuzhu_kit")
        .joinpath("data", "divisions", "streets.csv")
        .read_text(encoding="utf-8")
    )
    return [
        row["code"] for row in csv.DictReader(io.StringIO(text)) if row["code"].startswith("43")
    ]


def resident_id(county: str, n: int) -> str:
    """The n-th person's ID: unique per county for n < 29 million, birth dates 1940–2019."""
    born = _EPOCH + timedelta(days=n % 29_200)
    first17 = f"{county}{born:%Y%m%d}{(n // 29_200) % 1000:03d}"
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def birth_of(n: int) -> date:
    return _EPOCH + timedelta(days=n % 29_200)


@dataclass
class Planted:
    """What the run expects: (subject_key, rule_code) pairs, and feed-time ones for the incremental run."""

    pairs: set[tuple[str, str]] = field(default_factory=set)
    near_misses: int = 0


class Population:
    def __init__(
        self, *, persons: int, records: int, planted: int, pii_key: str, as_of: date, seed: int = 7
    ):
        self.persons, self.records, self.as_of = persons, records, as_of
        self.rng = random.Random(seed)
        self.mac = hmac.new(pii_key.encode(), digestmod=hashlib.sha256)
        self.towns = hunan_towns()
        self.planted_count = planted
        self.expected = Planted()
        self.households: list[tuple[int, int, str, str]] = []  # (first person, size, town, status)
        self.low_income: set[int] = set()  # households planted for the income-share rule
        self.digests = bytearray(32 * persons)  # blind indexes, filled by person_rows
        self.days = [str(as_of - timedelta(days=k)) for k in range(400)]

    def index(self, id_number: str) -> str:
        mac = self.mac.copy()
        mac.update(id_number.encode("ascii"))
        return mac.hexdigest()

    def person(self, n: int) -> tuple[str, str]:
        """(resident ID, blind index) of person n (the county is the one of its household's town)."""
        number = resident_id(self.town_of[n][:6], n)
        return number, self.index(number)

    def who(self, n: int) -> str:
        """Person n's blind index, from the digests person_rows kept (32 bytes a person)."""
        return self.digests[n * 32 : (n + 1) * 32].hex()

    def plan_households(self) -> None:
        rng, n = self.rng, 0
        self.town_of: list[str] = []
        statuses = [s for s, _ in STATUSES]
        weights = [w for _, w in STATUSES]
        while n < self.persons:
            size = min(
                rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)) - (rng.random() < 0.24), self.persons - n
            )
            size = max(size, 1)
            town = self.towns[rng.randrange(len(self.towns))]
            self.households.append((n, size, town, rng.choices(statuses, weights)[0]))
            self.town_of.extend([town] * size)
            n += size

    def household_rows(self) -> Iterator[str]:
        now = datetime.now(UTC).isoformat()
        for i, (_, _, town, status) in enumerate(self.households):
            income = 26_000 if i in self.low_income else 60_000 + (i * 7919) % 90_000
            yield (
                f"H{i}\t\\N\t\\N\t{town}\t{status}\t\\N\trural\t{income}.00\t800.00\t50000.00\t[]"
                f"\t\\N\t{now}\n"
            )

    def person_rows(self, encrypt: Callable[[str], str]) -> Iterator[str]:
        now = datetime.now(UTC).isoformat()
        for i, (first, size, _, _) in enumerate(self.households):
            for n in range(first, first + size):
                number = resident_id(self.town_of[n][:6], n)
                mac = self.mac.copy()
                mac.update(number.encode("ascii"))
                digest = mac.digest()
                self.digests[n * 32 : (n + 1) * 32] = digest
                index = digest.hex()
                relation = "head" if n == first else "other_relative"
                yield f"{index}\tH{i}\t{encrypt(number)}\t\\N\t{relation}\t{birth_of(n)}\t{now}\n"

    def _age(self, n: int) -> int:
        born = birth_of(n)
        return (
            self.as_of.year
            - born.year
            - ((self.as_of.month, self.as_of.day) < (born.month, born.day))
        )

    def background_records(self, prefix: str = "B") -> Iterator[tuple[str, ...]]:
        """(source, key, person_index, kind, type, amount, date, period_from, period_to, attributes)."""
        rng, days, persons = self.rng, self.days, self.persons
        random, randrange = rng.random, rng.randrange
        events = (
            "serious_illness_diagnosis",
            "unemployment",
            "disaster",
            "death",
            "disability_certificate",
        )
        for k in range(self.records):
            n = int(random() * persons)
            who = self.who(n)
            roll = random()
            key = f"{prefix}{k:010d}"
            day = days[int(random() * 365)]
            if roll < 0.55:
                yield _record(
                    "medical_insurance",
                    key,
                    who,
                    "expenditure",
                    "medical_out_of_pocket",
                    f"{randrange(1_000, 200_000) / 100:.2f}",
                    day,
                )
            elif roll < 0.65:
                yield _record(
                    "education",
                    key,
                    who,
                    "expenditure",
                    "education",
                    f"{randrange(10_000, 200_000) / 100:.2f}",
                    day,
                )
            elif roll < 0.80:
                end = days[int(random() * 335)]
                start = str(date.fromisoformat(end) - timedelta(days=30))
                yield _record(
                    "tax",
                    key,
                    who,
                    "income",
                    "wage",
                    f"{randrange(10_000, 150_000) / 100:.2f}",
                    end,
                    start,
                    end,
                )
            elif roll < 0.86:
                yield _record(
                    "banks",
                    key,
                    who,
                    "asset",
                    "deposit",
                    f"{randrange(10_000, 500_000) / 100:.2f}",
                    day,
                )
            else:
                kind = events[int(random() * 5)]
                if kind == "death" and not 16 <= self._age(n) <= 60:
                    day = days[int(random() * 60)]  # in the window, outside the ages
                else:
                    day = days[100 + int(random() * 265)]  # outside every window
                yield _record("civil_affairs", key, who, "life_event", kind, "", day)

    def plant_step(self, count: int) -> int:
        return max(self.persons // max(count * 2, 1), 1)

    def planted_records(
        self, count: int, *, prefix: str, step: int, offset: int = 0
    ) -> Iterator[tuple[str, ...]]:
        """Planted cases (every 2 × step people from `offset`) and near misses; what each should
        raise is recorded in self.expected."""
        as_of = self.as_of
        recent = str(as_of - timedelta(days=5))
        for j in range(count):
            n = (j * step * 2 + 1 + offset) % self.persons
            h = self.household_of(n)
            first, size, _, status = self.households[h]
            _, who = self.person(n)
            plant = PLANTED_KINDS[j % len(PLANTED_KINDS)]
            key = f"{prefix}{j:07d}"
            if plant.startswith("exit_review"):
                self.households[h] = (first, size, self.households[h][2], "enrolled")
                self.expected.pairs.add((f"household:H{h}", plant))
                if plant == "exit_review_income":
                    amount = f"{900 * size * 12 + 1000}.00"
                    yield (
                        "tax",
                        key,
                        who,
                        "income",
                        "wage",
                        amount,
                        recent,
                        str(as_of - timedelta(days=300)),
                        recent,
                        "",
                    )
                else:
                    yield _record("banks", key, who, "asset", "deposit", "200000.00", recent)
                continue
            if status == "enrolled":  # keep exit review out of person-level plants
                self.households[h] = (first, size, self.households[h][2], "flagged")
            self.expected.pairs.add((who, plant))
            if plant == "medical_oop_high":
                # 105,000 元 is above half of any household's income here: the share rule holds too.
                self.expected.pairs.add((who, "medical_oop_share"))
                yield (
                    "medical_insurance",
                    key + "a",
                    who,
                    "expenditure",
                    "medical_out_of_pocket",
                    "60000.00",
                    str(as_of - timedelta(days=100)),
                    "",
                    "",
                    "",
                )
                yield _record(
                    "medical_insurance",
                    key,
                    who,
                    "expenditure",
                    "medical_out_of_pocket",
                    "45000.00",
                    recent,
                )
            elif plant == "medical_oop_share":
                self.low_income.add(h)
                yield _record(
                    "medical_insurance",
                    key,
                    who,
                    "expenditure",
                    "medical_out_of_pocket",
                    "15000.00",
                    recent,
                )
            elif plant == "school_costs_high":
                yield _record("education", key, who, "expenditure", "education", "25000.00", recent)
            elif plant == "working_age_death_or_disability":
                if not 16 <= self._age(n) <= 60:  # a near miss: the rule covers working ages only
                    self.expected.pairs.discard((who, plant))
                    self.expected.near_misses += 1
                yield _record("civil_affairs", key, who, "life_event", "death", "", recent)
            else:
                event = {"serious_illness": "serious_illness_diagnosis"}.get(plant, plant)
                yield _record("civil_affairs", key, who, "life_event", event, "", recent)

    def household_of(self, n: int) -> int:
        lo, hi = 0, len(self.households) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.households[mid][0] <= n:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _record(
    source: str,
    key: str,
    who: str,
    kind: str,
    type_: str,
    amount: str,
    day: str,
    period_from: str = "",
    period_to: str = "",
) -> tuple[str, ...]:
    return (source, key, who, kind, type_, amount, day, period_from, period_to, "")


def copy_lines(rows: Iterator[tuple[str, ...]], *, job: str | None, now: str) -> Iterator[str]:
    """partner_record rows in COPY text format (content hashes are per key, as ingest makes them)."""
    for source, key, who, kind, type_, amount, day, p_from, p_to, attributes in rows:
        digest = hashlib.md5(
            f"{source}{key}{amount}{day}".encode(), usedforsecurity=False
        ).hexdigest()
        yield (
            f"{source}\t{key}\t{who}\t{kind}\t{type_}\t{amount or chr(92) + 'N'}\t{day}"
            f"\t{p_from or chr(92) + 'N'}\t{p_to or chr(92) + 'N'}\t{attributes or chr(92) + 'N'}"
            f"\t{digest}\t1\t{job or chr(92) + 'N'}\t{now}\t{now}\n"
        )
