"""The regional-parameter table: dated, per region prefix, with its source."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Field

from intake.db import IntakeModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class RegionalParameter(IntakeModel, table=True):
    """Workflow timing for a region from a date on; the most specific prefix wins."""

    __tablename__ = "regional_parameter"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    region_prefix: str = Field(max_length=12, index=True)
    effective_from: date
    public_notice_days: int  # 公示天数
    decision_time_limit_days: int  # 审核确认时限
    source: str = Field(max_length=300)
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
