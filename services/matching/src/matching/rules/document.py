"""The shape of a catalog document (政策一本通 as data): policies, derived variables, circles, parameters.

Every model forbids unknown fields, so a misspelt key is an error at load time, not a silent default.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Department = Literal[
    "民政",
    "医保",
    "教育",
    "人社",
    "住建",
    "残联",
    "退役军人",
    "乡村振兴",
    "司法",
    "卫健",
    "应急",
    "工会",
]
Category = Literal[
    "basic_living",
    "special_medical",
    "special_education",
    "special_housing",
    "special_employment",
    "special_legal",
    "temporary",
    "service",
]
NeedCategory = Literal[
    "basic_living",
    "rehabilitation",
    "care",
    "nursing",
    "psychological",
    "health",
    "financial_aid",
    "education",
    "employment",
]
CODE = r"^[a-z][a-z0-9_]{1,59}$"
REGION = r"^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})?$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(Strict):
    text_zh: str = Field(min_length=1, description="The condition as a policy officer says it")
    when: str = Field(min_length=1, description="The condition in the rule language")


class PolicyDef(Strict):
    """One policy (一项政策) of the catalog."""

    code: str = Field(pattern=CODE)
    name_zh: str
    name_en: str
    department: Department
    category: Category
    circle: Literal[1, 2, 3] | None = Field(description="The circle (圈层) it mainly serves")
    entity: Literal["household", "person"]
    conditions: list[Condition] = Field(min_length=1)
    amount_monthly: str = "0"
    amount_once: str = "0"
    exclusion_group: str | None = Field(default=None, pattern=CODE)
    covers_needs: list[NeedCategory] = []
    required_documents: list[str] = []
    legal_reference: str
    effective_from: date
    effective_until: date | None = None
    regions: list[Annotated[str, Field(pattern=REGION)]] = Field(default=[""], min_length=1)


class VariableDef(Strict):
    """A derived variable: a named formula other rules can use."""

    name: str = Field(pattern=CODE)
    entity: Literal["household", "person"]
    type: Literal["number", "bool"]
    description_zh: str
    formula: str


class CircleRule(Strict):
    """Which circle (圈层) and group a household falls in; the first matching rule wins."""

    circle: Literal[1, 2, 3]
    group: str = Field(pattern=CODE)
    name_zh: str
    when: str


class Bracket(Strict):
    from_yuan: Decimal = Field(ge=0)
    to_yuan: Decimal | None = None
    rate: Decimal = Field(ge=0, le=1)


class ParameterValue(Strict):
    """One dated, regional value of a parameter, with where it comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    region: str = Field(pattern=REGION, description="Region code prefix; empty = nationwide")
    effective_from: date = Field(alias="from")
    until: date | None = None
    value: Decimal | None = None
    brackets: list[Bracket] | None = None
    source: str = Field(min_length=1)
    confirmed: bool = True
    note: str | None = None


class ParameterDef(Strict):
    name: str = Field(pattern=CODE)
    description_zh: str
    unit: str
    kind: Literal["number", "brackets"] = "number"
    values: list[ParameterValue] = Field(min_length=1)


class CatalogInfo(Strict):
    name: str
    description: str = ""


class CatalogDocument(Strict):
    catalog: CatalogInfo
    variables: list[VariableDef] = []
    policies: list[PolicyDef] = Field(min_length=1)
    circles: list[CircleRule] = Field(min_length=1)
    parameters: list[ParameterDef] = Field(min_length=1)
