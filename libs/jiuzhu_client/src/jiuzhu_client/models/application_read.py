from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application_read_decision_type_0 import ApplicationReadDecisionType0
    from ..models.application_read_needs_item import ApplicationReadNeedsItem
    from ..models.consent_read import ConsentRead
    from ..models.document_read import DocumentRead


T = TypeVar("T", bound="ApplicationRead")


@_attrs_define
class ApplicationRead:
    """
    Attributes:
        allowed_transitions (list[str]):
        assessment_id (None | str):
        channel (str):
        check_conclusion (None | str):
        check_id (None | str):
        closing_reason (None | str):
        consent (ConsentRead | None):
        created_at (datetime.datetime):
        decision (ApplicationReadDecisionType0 | None):
        decision_due_at (datetime.datetime | None):
        documents (list[DocumentRead]):
        documents_pending (bool):
        household_id (UUID):
        id (UUID):
        kind (str):
        kind_zh (str):
        needs (list[ApplicationReadNeedsItem]):
        overdue (bool):
        public_notice_ends_at (datetime.datetime | None):
        region_code (str):
        review_conclusion (None | str):
        state (str):
        subject_member_id (UUID):
        submitted_at (datetime.datetime | None):
        warning_id (None | str):
    """

    allowed_transitions: list[str]
    assessment_id: None | str
    channel: str
    check_conclusion: None | str
    check_id: None | str
    closing_reason: None | str
    consent: ConsentRead | None
    created_at: datetime.datetime
    decision: ApplicationReadDecisionType0 | None
    decision_due_at: datetime.datetime | None
    documents: list[DocumentRead]
    documents_pending: bool
    household_id: UUID
    id: UUID
    kind: str
    kind_zh: str
    needs: list[ApplicationReadNeedsItem]
    overdue: bool
    public_notice_ends_at: datetime.datetime | None
    region_code: str
    review_conclusion: None | str
    state: str
    subject_member_id: UUID
    submitted_at: datetime.datetime | None
    warning_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_read_decision_type_0 import ApplicationReadDecisionType0  # noqa: PLC0415
        from ..models.consent_read import ConsentRead  # noqa: PLC0415

        allowed_transitions = self.allowed_transitions

        assessment_id: None | str
        assessment_id = self.assessment_id

        channel = self.channel

        check_conclusion: None | str
        check_conclusion = self.check_conclusion

        check_id: None | str
        check_id = self.check_id

        closing_reason: None | str
        closing_reason = self.closing_reason

        consent: dict[str, Any] | None
        if isinstance(self.consent, ConsentRead):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        created_at = self.created_at.isoformat()

        decision: dict[str, Any] | None
        if isinstance(self.decision, ApplicationReadDecisionType0):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        decision_due_at: None | str
        if isinstance(self.decision_due_at, datetime.datetime):
            decision_due_at = self.decision_due_at.isoformat()
        else:
            decision_due_at = self.decision_due_at

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        documents_pending = self.documents_pending

        household_id = str(self.household_id)

        id = str(self.id)

        kind = self.kind

        kind_zh = self.kind_zh

        needs = []
        for needs_item_data in self.needs:
            needs_item = needs_item_data.to_dict()
            needs.append(needs_item)

        overdue = self.overdue

        public_notice_ends_at: None | str
        if isinstance(self.public_notice_ends_at, datetime.datetime):
            public_notice_ends_at = self.public_notice_ends_at.isoformat()
        else:
            public_notice_ends_at = self.public_notice_ends_at

        region_code = self.region_code

        review_conclusion: None | str
        review_conclusion = self.review_conclusion

        state = self.state

        subject_member_id = str(self.subject_member_id)

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        warning_id: None | str
        warning_id = self.warning_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_transitions": allowed_transitions,
                "assessment_id": assessment_id,
                "channel": channel,
                "check_conclusion": check_conclusion,
                "check_id": check_id,
                "closing_reason": closing_reason,
                "consent": consent,
                "created_at": created_at,
                "decision": decision,
                "decision_due_at": decision_due_at,
                "documents": documents,
                "documents_pending": documents_pending,
                "household_id": household_id,
                "id": id,
                "kind": kind,
                "kind_zh": kind_zh,
                "needs": needs,
                "overdue": overdue,
                "public_notice_ends_at": public_notice_ends_at,
                "region_code": region_code,
                "review_conclusion": review_conclusion,
                "state": state,
                "subject_member_id": subject_member_id,
                "submitted_at": submitted_at,
                "warning_id": warning_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_read_decision_type_0 import ApplicationReadDecisionType0  # noqa: PLC0415
        from ..models.application_read_needs_item import ApplicationReadNeedsItem  # noqa: PLC0415
        from ..models.consent_read import ConsentRead  # noqa: PLC0415
        from ..models.document_read import DocumentRead  # noqa: PLC0415

        d = dict(src_dict)
        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        def _parse_assessment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_id = _parse_assessment_id(d.pop("assessment_id"))

        channel = d.pop("channel")

        def _parse_check_conclusion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        check_conclusion = _parse_check_conclusion(d.pop("check_conclusion"))

        def _parse_check_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        check_id = _parse_check_id(d.pop("check_id"))

        def _parse_closing_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closing_reason = _parse_closing_reason(d.pop("closing_reason"))

        def _parse_consent(data: object) -> ConsentRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentRead.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentRead | None, data)

        consent = _parse_consent(d.pop("consent"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_decision(data: object) -> ApplicationReadDecisionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = ApplicationReadDecisionType0.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationReadDecisionType0 | None, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_decision_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_due_at_type_0 = datetime.datetime.fromisoformat(data)

                return decision_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decision_due_at = _parse_decision_due_at(d.pop("decision_due_at"))

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DocumentRead.from_dict(documents_item_data)

            documents.append(documents_item)

        documents_pending = d.pop("documents_pending")

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        kind_zh = d.pop("kind_zh")

        needs = []
        _needs = d.pop("needs")
        for needs_item_data in _needs:
            needs_item = ApplicationReadNeedsItem.from_dict(needs_item_data)

            needs.append(needs_item)

        overdue = d.pop("overdue")

        def _parse_public_notice_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                public_notice_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return public_notice_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        public_notice_ends_at = _parse_public_notice_ends_at(d.pop("public_notice_ends_at"))

        region_code = d.pop("region_code")

        def _parse_review_conclusion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_conclusion = _parse_review_conclusion(d.pop("review_conclusion"))

        state = d.pop("state")

        subject_member_id = UUID(d.pop("subject_member_id"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_warning_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning_id = _parse_warning_id(d.pop("warning_id"))

        application_read = cls(
            allowed_transitions=allowed_transitions,
            assessment_id=assessment_id,
            channel=channel,
            check_conclusion=check_conclusion,
            check_id=check_id,
            closing_reason=closing_reason,
            consent=consent,
            created_at=created_at,
            decision=decision,
            decision_due_at=decision_due_at,
            documents=documents,
            documents_pending=documents_pending,
            household_id=household_id,
            id=id,
            kind=kind,
            kind_zh=kind_zh,
            needs=needs,
            overdue=overdue,
            public_notice_ends_at=public_notice_ends_at,
            region_code=region_code,
            review_conclusion=review_conclusion,
            state=state,
            subject_member_id=subject_member_id,
            submitted_at=submitted_at,
            warning_id=warning_id,
        )

        application_read.additional_properties = d
        return application_read

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
