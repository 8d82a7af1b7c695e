from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_read_report import CheckReadReport
    from ..models.check_read_summary import CheckReadSummary


T = TypeVar("T", bound="CheckRead")


@_attrs_define
class CheckRead:
    """An immutable check report; a re-check is a new version.

    Attributes:
        application_id (UUID):
        conclusion (str):
        consent_id (None | UUID):
        created_at (datetime.datetime):
        household_id (UUID):
        id (UUID):
        period_from (datetime.date):
        period_to (datetime.date):
        region_code (str):
        report (CheckReadReport):
        requested_by (str):
        summary (CheckReadSummary):
        version (int):
    """

    application_id: UUID
    conclusion: str
    consent_id: None | UUID
    created_at: datetime.datetime
    household_id: UUID
    id: UUID
    period_from: datetime.date
    period_to: datetime.date
    region_code: str
    report: CheckReadReport
    requested_by: str
    summary: CheckReadSummary
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        conclusion = self.conclusion

        consent_id: None | str
        if isinstance(self.consent_id, UUID):
            consent_id = str(self.consent_id)
        else:
            consent_id = self.consent_id

        created_at = self.created_at.isoformat()

        household_id = str(self.household_id)

        id = str(self.id)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        region_code = self.region_code

        report = self.report.to_dict()

        requested_by = self.requested_by

        summary = self.summary.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "conclusion": conclusion,
                "consent_id": consent_id,
                "created_at": created_at,
                "household_id": household_id,
                "id": id,
                "period_from": period_from,
                "period_to": period_to,
                "region_code": region_code,
                "report": report,
                "requested_by": requested_by,
                "summary": summary,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_read_report import CheckReadReport  # noqa: PLC0415
        from ..models.check_read_summary import CheckReadSummary  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        conclusion = d.pop("conclusion")

        def _parse_consent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consent_id_type_0 = UUID(data)

                return consent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consent_id = _parse_consent_id(d.pop("consent_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        region_code = d.pop("region_code")

        report = CheckReadReport.from_dict(d.pop("report"))

        requested_by = d.pop("requested_by")

        summary = CheckReadSummary.from_dict(d.pop("summary"))

        version = d.pop("version")

        check_read = cls(
            application_id=application_id,
            conclusion=conclusion,
            consent_id=consent_id,
            created_at=created_at,
            household_id=household_id,
            id=id,
            period_from=period_from,
            period_to=period_to,
            region_code=region_code,
            report=report,
            requested_by=requested_by,
            summary=summary,
            version=version,
        )

        check_read.additional_properties = d
        return check_read

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
