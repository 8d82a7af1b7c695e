"""Charity's own problem types, refining the kit's hierarchy so partners can branch on `type`."""

from __future__ import annotations

from jiuzhu_kit.errors import Conflict, InvalidInput


class InsufficientStock(Conflict):
    """More was asked than is on hand (goods) or left this period (service capacity)."""

    type_slug, title = "insufficient-stock", "Not enough stock or capacity"


class TransitionNotAllowed(Conflict):
    """A state change that the state machine does not allow from the current state."""

    type_slug, title = "transition-not-allowed", "Transition not allowed"


class QuotaExceeded(Conflict):
    type_slug, title = "quota-exceeded", "Quota exceeded"


class SameKindThisPeriod(Conflict):
    """The per-household guard: the same kind of benefit from another organization this period."""

    type_slug, title = "same-kind-this-period", "Same kind of benefit already arranged"


class ConfirmationCodeMismatch(InvalidInput):
    type_slug, title = "confirmation-code-mismatch", "Confirmation code does not match"


class ConfirmationLocked(Conflict):
    """Too many wrong codes: the delivery waits for a re-issued code, not for time to pass."""

    type_slug, title = "confirmation-locked", "Delivery confirmation locked"
