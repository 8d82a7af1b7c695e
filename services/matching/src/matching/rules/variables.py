"""The facts vocabulary rules may name: household and person variables, their types and where they come from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Entity = Literal["household", "person"]
ValueType = Literal["number", "bool", "category"]


@dataclass(frozen=True)
class BaseVariable:
    """A variable read straight from HouseholdFacts (no formula)."""

    name: str
    entity: Entity
    type: ValueType
    field: str  # where it lives in HouseholdFacts, for error messages naming the missing field
    description_zh: str
    vocabulary: tuple[str | None, ...] = ()  # categories; None first when the value may be null
    nullable: bool = False


# The kinds verification derives from life-event records (death, disaster, illness) and intake attests
# for an emergency application (emergency), plus the finer kinds a caseworker may record.
HARDSHIP_KINDS = (
    "emergency",
    "death",
    "illness",
    "accident",
    "fire",
    "disaster",
    "serious_illness",
    "death_of_earner",
    "unemployment",
    "medical",
    "education",
    "housing_unsafe",
    "other",
)
DISABILITY_CATEGORIES = (
    "physical",
    "intellectual",
    "mental",
    "visual",
    "hearing",
    "speech",
    "multiple",
)
SCHOOL_STAGES = (
    "preschool",
    "primary",
    "junior",
    "senior",
    "vocational",
    "undergraduate",
    "postgraduate",
)
EMPLOYMENT = ("employed", "unemployed", "farming", "self_employed", "retired", "student", "none")
RELATIONS = (
    "head",
    "spouse",
    "child",
    "parent",
    "grandchild",
    "grandparent",
    "sibling",
    "other_relative",
)

BASE_VARIABLES: dict[str, BaseVariable] = {
    v.name: v
    for v in (
        BaseVariable(
            "registration", "household", "category", "registration", "户籍性质", ("urban", "rural")
        ),
        BaseVariable(
            "household_monthly_income",
            "household",
            "number",
            "income.household_monthly_yuan",
            "家庭月收入（元）",
        ),
        BaseVariable(
            "assets_total", "household", "number", "assets.total_yuan", "家庭财产总额（元）"
        ),
        BaseVariable("deposits", "household", "number", "assets.deposits_yuan", "存款（元）"),
        BaseVariable("vehicles", "household", "number", "assets.vehicles", "机动车数量"),
        BaseVariable(
            "extra_housing", "household", "number", "assets.extra_housing", "超出居住需要的住房套数"
        ),
        BaseVariable(
            "rigid_expenditure_12m",
            "household",
            "number",
            "expenditure.rigid_12m_yuan",
            "近12个月刚性支出（元）",
        ),
        BaseVariable(
            "medical_oop_12m",
            "household",
            "number",
            "expenditure.medical_oop_12m_yuan",
            "近12个月医疗自付费用（元）",
        ),
        BaseVariable(
            "education_12m",
            "household",
            "number",
            "expenditure.education_12m_yuan",
            "近12个月教育支出（元）",
        ),
        BaseVariable(
            "rehabilitation_12m",
            "household",
            "number",
            "expenditure.rehabilitation_12m_yuan",
            "近12个月康复支出（元）",
        ),
        BaseVariable("hardship_sudden", "household", "bool", "hardship.sudden", "突发急难情形"),
        BaseVariable(
            "hardship_kind",
            "household",
            "category",
            "hardship.kind",
            "急难/支出情形类别",
            (None, *HARDSHIP_KINDS),
            nullable=True,
        ),
        BaseVariable(
            "monitored_for_return_to_poverty",
            "household",
            "bool",
            "current_schemes",
            "防止返贫监测对象（current_schemes 含 return_to_poverty_monitoring）",
        ),
        BaseVariable("age", "person", "number", "members.*.age", "年龄（周岁，按 as_of 计）"),
        BaseVariable("sex", "person", "category", "members.*.sex", "性别", ("male", "female")),
        BaseVariable(
            "relation", "person", "category", "members.*.relation", "与户主关系", RELATIONS
        ),
        BaseVariable(
            "disability_category",
            "person",
            "category",
            "members.*.disability_category",
            "残疾类别",
            (None, *DISABILITY_CATEGORIES),
            nullable=True,
        ),
        BaseVariable(
            "disability_grade",
            "person",
            "number",
            "members.*.disability_grade",
            "残疾等级（1–4，空为无）",
            nullable=True,
        ),
        BaseVariable(
            "serious_illness", "person", "bool", "members.*.serious_illness", "患重特大疾病"
        ),
        BaseVariable(
            "chronic_illness",
            "person",
            "bool",
            "members.*.chronic_illness",
            "患慢性病/罕见病需长期服药",
        ),
        BaseVariable(
            "capacity_to_work",
            "person",
            "category",
            "members.*.capacity_to_work",
            "劳动能力",
            ("full", "partial", "none"),
        ),
        BaseVariable(
            "school_stage",
            "person",
            "category",
            "members.*.school_stage",
            "在读学段",
            (None, *SCHOOL_STAGES),
            nullable=True,
        ),
        BaseVariable(
            "employment", "person", "category", "members.*.employment", "就业状况", EMPLOYMENT
        ),
        BaseVariable("veteran", "person", "bool", "members.*.veteran", "退役军人/优抚对象"),
        BaseVariable(
            "has_able_supporter",
            "person",
            "bool",
            "members.*.has_able_supporter",
            "有具备履行能力的法定赡养、抚养、扶养义务人",
        ),
        BaseVariable("orphan", "person", "bool", "members.*.orphan", "孤儿或事实无人抚养儿童"),
    )
}
