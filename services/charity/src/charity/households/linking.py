"""Linking (链接资源): rank the resources that could meet a need, each with the reasons for its rank.

Ranking weighs, in this order of importance: whether the resource serves the household's area and how
closely (village, town, county, city along the region code hierarchy), capacity left, target-group fit,
and whether the household already gets the same kind of benefit this period.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from charity.clock import period_key
from charity.households import service as household_service
from charity.households.models import HouseholdProfile
from charity.households.schemas import Candidate, CandidateList
from charity.organizations import repository as organization_repository
from charity.policy import ReferralPolicy
from charity.referrals import repository as referral_repository
from charity.resources import repository as resource_repository
from charity.resources import service as resource_service
from charity.resources.models import Resource
from charity.validation import region_name
from jiuzhu_kit import regions
from jiuzhu_kit.auth import Principal

# Serving the household's own village beats serving its town, which beats its county or city.
COVERS_SCORE = {"village": 50, "township": 45, "county": 40, "city": 30, "province": 20}
NEARBY_SCORE = {"village": 15, "township": 15, "county": 10, "city": 5, "province": 0}
LEVEL_ZH = {
    "village": "村/社区",
    "township": "乡镇/街道",
    "county": "县/区",
    "city": "市",
    "province": "省",
}
TAG_ZH = {
    "tekun": "特困",
    "dibao": "低保",
    "low_income_edge": "低保边缘",
    "rigid_expenditure": "刚性支出困难",
    "elderly": "老年人",
    "child": "未成年人",
    "disability": "残疾人",
    "severe_disability": "重度残疾",
    "serious_illness": "重特大疾病",
}


def region_fit(profile: HouseholdProfile, resource: Resource) -> tuple[int, str | None, str]:
    """Score, closest shared level and the reason, from the resource's regions served."""
    best: tuple[int, str | None, str] = (-1, None, "serves no area near the household")
    for served in resource.regions_served:
        level = regions.common_level(profile.region_code, served)
        if level is None:
            continue
        if regions.within(profile.region_code, served):
            served_level = regions.lookup(served).level
            score = COVERS_SCORE[served_level]
            reason = f"serves {region_name(served) or served}, which includes the household ({LEVEL_ZH[served_level]} level)"
            candidate = (score, served_level, reason)
        else:
            score = NEARBY_SCORE[level]
            reason = f"serves {region_name(served) or served}: same {LEVEL_ZH[level]} as the household, not its own area"
            candidate = (score, level, reason)
        if candidate[0] > best[0]:
            best = candidate
    return best


def group_fit(household_tags: set[str], resource: Resource) -> tuple[int, str]:
    wanted = set(resource.target_groups)
    matched = sorted(wanted & household_tags)
    if matched:
        names = "、".join(TAG_ZH.get(t, t) for t in matched)
        return 15, f"meant for {names}, which the household is"
    if "all" in wanted or not wanted:
        return 5, "open to everyone"
    names = "、".join(TAG_ZH.get(t, t) for t in sorted(wanted))
    return -25, f"meant for {names}; the household is none of these"


async def rank(
    session: AsyncSession,
    *,
    need_id: uuid.UUID,
    principal: Principal,
    at: datetime,
    limit: int,
    policy: ReferralPolicy,
) -> CandidateList:
    need, profile = await household_service.get_need(session, need_id=need_id, principal=principal)
    unit = policy.guard_period
    household_tags = household_service.tags(profile)
    already = await referral_repository.kinds_this_period(
        session, household_id=profile.household_id, period=period_key(at, unit)
    )
    scored: list[tuple[int, str, Candidate]] = []
    for resource in await resource_repository.active_in_categories(session, [need.category]):
        region_score, level, region_reason = region_fit(profile, resource)
        if region_score < 0:
            continue  # serves another province: not a candidate at all
        organization = await organization_repository.get(session, resource.organization_id)
        assert organization is not None
        reasons = [f"category {need.category} matches", region_reason]
        score = region_score
        available = await resource_service.available(session, resource, at)
        if available is None:
            score += 20
            reasons.append("no capacity limit")
        elif available > 0:
            score += 20
            reasons.append(f"{available} available now")
        else:
            score -= 60
            reasons.append("nothing available now (stock or this period's capacity is used up)")
        group_score, group_reason = group_fit(household_tags, resource)
        score += group_score
        reasons.append(group_reason)
        blocked = False
        for benefit_kind, organization_id in already:
            if benefit_kind != resource.benefit_kind:
                continue
            score -= 40
            if organization_id != resource.organization_id and policy.guard_enabled:
                blocked = True
                reasons.append(
                    f"already gets {benefit_kind} from another organization this {unit}: "
                    "the same-kind guard would refuse it"
                )
            else:
                reasons.append(f"already gets {benefit_kind} from this organization this {unit}")
            break
        candidate = Candidate(
            rank=0,
            score=score,
            resource_id=resource.id,
            resource_name=resource.name,
            kind=resource.kind,
            organization_id=organization.id,
            organization_name=organization.name,
            available=available,
            region_level=level,
            blocked=blocked,
            reasons=reasons,
        )
        scored.append((score, resource.name, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    ranked = []
    for position, (_, _, candidate) in enumerate(scored[:limit], start=1):
        candidate.rank = position
        ranked.append(candidate)
    return CandidateList(need=household_service.need_read(need), candidates=ranked)
