from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.occurrence_outcome_outcome import (
    OccurrenceOutcomeOutcome,
    check_occurrence_outcome_outcome,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OccurrenceOutcome")


@_attrs_define
class OccurrenceOutcome:
    """
    Attributes:
        note (None | str | Unset):
        outcome (OccurrenceOutcomeOutcome | Unset):  Default: 'delivered'.
    """

    note: None | str | Unset = UNSET
    outcome: OccurrenceOutcomeOutcome | Unset = "delivered"

    def to_dict(self) -> dict[str, Any]:
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _outcome = d.pop("outcome", UNSET)
        outcome: OccurrenceOutcomeOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = check_occurrence_outcome_outcome(_outcome)

        occurrence_outcome = cls(
            note=note,
            outcome=outcome,
        )

        return occurrence_outcome
