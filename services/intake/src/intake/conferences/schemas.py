"""Shapes of case conferences and department opinions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Department = Literal[
    "civil_affairs",  # 民政
    "veterans_affairs",  # 退役军人事务
    "disabled_persons_federation",  # 残联
    "medical_insurance",  # 医保
    "health",  # 卫健
    "rural_revitalization",  # 乡村振兴
    "human_resources",  # 人社
    "education",  # 教育
    "housing",  # 住建
    "justice",  # 司法
    "trade_union",  # 工会
    "town",  # 乡镇
    "village",  # 村（居）委会
]


class ConferenceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic: str = Field(min_length=1, max_length=300)
    departments: list[Department] = Field(min_length=2, max_length=13)


class OpinionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    department: Department
    scheme: str = Field(min_length=1, max_length=60, description="Policy code or kind")
    eligible: bool
    reason: str = Field(min_length=1, max_length=2000)


class ConclusionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conclusion: str = Field(min_length=1, max_length=4000)


class OpinionRead(OpinionCreate):
    id: uuid.UUID
    recorded_by: str
    recorded_at: datetime


class ConferenceRead(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID
    topic: str
    departments: list[str]
    convened_by: str
    convened_at: datetime
    opinions: list[OpinionRead]
    conclusion: str | None
    concluded_by: str | None
    concluded_at: datetime | None
