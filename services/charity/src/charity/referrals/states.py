"""The referral state machine (closed loop): which action moves which state where.

proposed → sent → accepted | declined (reason) | expired (unanswered) → in_service → delivered →
confirmed; a proposed or sent referral may be cancelled. Declined, expired and cancelled release the
stock or capacity held for it.
"""

from __future__ import annotations

from charity.errors import TransitionNotAllowed

TRANSITIONS: dict[str, dict[str, str]] = {
    "send": {"proposed": "sent"},
    "accept": {"sent": "accepted"},
    "decline": {"sent": "declined"},
    "expire": {"sent": "expired"},
    "cancel": {"proposed": "cancelled", "sent": "cancelled"},
    "start": {"accepted": "in_service"},
    "deliver": {"in_service": "delivered"},
    "confirm": {"delivered": "confirmed"},
}
RELEASES_HOLD = frozenset({"declined", "expired", "cancelled"})


def next_status(current: str, action: str) -> str:
    """The state `action` leads to from `current`, or a 409 problem naming what is allowed."""
    moves = TRANSITIONS.get(action, {})
    if current not in moves:
        allowed = sorted(a for a, m in TRANSITIONS.items() if current in m)
        raise TransitionNotAllowed(
            f"A referral that is {current!r} cannot be {action!r}ed here; "
            f"allowed from {current!r}: {allowed or 'nothing (it is closed)'}",
            status_from=current,
            action=action,
            allowed=allowed,
        )
    return moves[current]
