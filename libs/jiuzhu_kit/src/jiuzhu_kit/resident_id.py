"""Resident identity numbers (居民身份证号码, GB 11643-1999): parsing, validation and construction.

18 characters: 6-digit address code, birth date YYYYMMDD, 3-digit sequence (odd = male), check
character.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Sex = Literal["male", "female"]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARACTERS = "10X98765432"
_LENGTH = 18


class InvalidResidentId(ValueError):
    """A resident ID that fails a GB 11643-1999 check; the message says which one."""


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A parsed, valid resident ID."""

    number: str
    address_code: str
    birth_date: date
    sex: Sex

    @property
    def sequence(self) -> str:
        return self.number[14:17]

    def age_on(self, on: date) -> int:
        """Age in completed years on a given day (a 29 February birthday counts on 1 March)."""
        had_birthday = (on.month, on.day) >= (self.birth_date.month, self.birth_date.day)
        return on.year - self.birth_date.year - (0 if had_birthday else 1)


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() alone would accept full-width and other Unicode digits.
    return text.isascii() and text.isdigit()


def check_character(first17: str) -> str:
    """The check character ("0"-"9" or "X") for the first 17 digits of an ID."""
    if len(first17) != _LENGTH - 1 or not _is_ascii_digits(first17):
        raise InvalidResidentId(f"expected 17 digits to compute a check character, got {first17!r}")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARACTERS[total % 11]


def _birth_date(digits: str, today: date) -> date:
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidResidentId(
            f"characters 7-14 ({digits}) are not a real birth date (YYYYMMDD)"
        ) from None
    if born > today:
        raise InvalidResidentId(f"birth date {born.isoformat()} is in the future")
    return born


def parse(number: str, *, today: date | None = None) -> ResidentId:
    """Parse and validate an 18-character resident ID, raising InvalidResidentId with the reason.

    The address code is checked for form only: IDs keep the code of the place of first registration,
    which may since have been renamed or abolished, so it need not appear in current division data.
    """
    text = str(number).strip().upper()
    if len(text) != _LENGTH:
        raise InvalidResidentId(f"a resident ID has 18 characters, got {len(text)}")
    first17, given = text[:17], text[17]
    if not _is_ascii_digits(first17):
        raise InvalidResidentId("the first 17 characters of a resident ID must all be digits")
    if not (_is_ascii_digits(given) or given == "X"):
        raise InvalidResidentId(f"the 18th character must be a digit or X, got {given!r}")
    if first17[0] == "0":
        raise InvalidResidentId(f"address code {first17[:6]} is not a valid division code")
    born = _birth_date(first17[6:14], today or date.today())
    expected = check_character(first17)
    if given != expected:
        raise InvalidResidentId(
            f"check character is {given!r} but the first 17 digits require {expected!r}"
        )
    sex: Sex = "male" if int(first17[16]) % 2 == 1 else "female"
    return ResidentId(number=text, address_code=first17[:6], birth_date=born, sex=sex)


def is_valid(number: str, *, today: date | None = None) -> bool:
    """True if ``number`` is a well-formed resident ID with the right check character."""
    try:
        parse(number, today=today)
    except InvalidResidentId:
        return False
    return True


def make(address_code: str, birth_date: date, seq: int) -> str:
    """Build a valid resident ID (for tests and synthetic data); an odd ``seq`` makes it male's."""
    if len(address_code) != 6 or not _is_ascii_digits(address_code):
        raise ValueError(f"address code must be 6 digits, got {address_code!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"sequence must be between 0 and 999, got {seq}")
    born = f"{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}"
    first17 = f"{address_code}{born}{seq:03d}"
    return first17 + check_character(first17)
