from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_read_params import RuleReadParams


T = TypeVar("T", bound="RuleRead")


@_attrs_define
class RuleRead:
    """
    Attributes:
        code (str):
        effective_from (datetime.date):
        effective_to (datetime.date | None):
        explanation_zh (str):
        kind (str):
        params (RuleReadParams):
        region (str):
        severity (str):
        statuses (list[str]):
        visit_deadline_days (int):
    """

    code: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    explanation_zh: str
    kind: str
    params: RuleReadParams
    region: str
    severity: str
    statuses: list[str]
    visit_deadline_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        explanation_zh = self.explanation_zh

        kind = self.kind

        params = self.params.to_dict()

        region = self.region

        severity = self.severity

        statuses = self.statuses

        visit_deadline_days = self.visit_deadline_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "explanation_zh": explanation_zh,
                "kind": kind,
                "params": params,
                "region": region,
                "severity": severity,
                "statuses": statuses,
                "visit_deadline_days": visit_deadline_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_read_params import RuleReadParams  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))

        explanation_zh = d.pop("explanation_zh")

        kind = d.pop("kind")

        params = RuleReadParams.from_dict(d.pop("params"))

        region = d.pop("region")

        severity = d.pop("severity")

        statuses = cast(list[str], d.pop("statuses"))

        visit_deadline_days = d.pop("visit_deadline_days")

        rule_read = cls(
            code=code,
            effective_from=effective_from,
            effective_to=effective_to,
            explanation_zh=explanation_zh,
            kind=kind,
            params=params,
            region=region,
            severity=severity,
            statuses=statuses,
            visit_deadline_days=visit_deadline_days,
        )

        rule_read.additional_properties = d
        return rule_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
