"""Resident IDs (GB 11643-1999): check character, parsed fields and the reasons for rejection."""

from datetime import date

import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.resident_id import InvalidResidentId

STANDARD_EXAMPLE = "11010519491231002X"  # the example given in GB 11643-1999


def test_the_standard_example_is_valid_and_parses() -> None:
    parsed = resident_id.parse(STANDARD_EXAMPLE)
    assert parsed.number == STANDARD_EXAMPLE
    assert parsed.address_code == "110105"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == "female"  # 17th digit 2 is even
    assert resident_id.is_valid(STANDARD_EXAMPLE)


def test_a_lower_case_x_is_accepted_and_upper_cased() -> None:
    assert resident_id.parse(STANDARD_EXAMPLE.lower()).number == STANDARD_EXAMPLE


def test_check_character_follows_the_weighted_sum_mod_11() -> None:
    assert resident_id.check_character(STANDARD_EXAMPLE[:17]) == "X"
    # Sum 0 -> remainder 0 -> "1"; the mapping is 1 0 X 9 8 7 6 5 4 3 2.
    assert resident_id.check_character("0" * 17) == "1"
    # 1 in the 8th position (weight 1) -> remainder 1 -> "0".
    assert resident_id.check_character("00000001000000000") == "0"


@pytest.mark.parametrize("wrong", list("0123456789"))
def test_a_changed_check_character_is_rejected_naming_the_expected_one(wrong: str) -> None:
    with pytest.raises(InvalidResidentId, match="require 'X'"):
        resident_id.parse(STANDARD_EXAMPLE[:17] + wrong)
    assert not resident_id.is_valid(STANDARD_EXAMPLE[:17] + wrong)


def test_a_changed_digit_is_caught_by_the_checksum() -> None:
    altered = "11010519491231003X"
    with pytest.raises(InvalidResidentId, match="check character"):
        resident_id.parse(altered)


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("11010519491231002", "18 characters, got 17"),
        ("11010519491231002X1", "18 characters, got 19"),
        ("1101051949123100AX", "first 17 characters"),
        ("11010519491231002Y", "digit or X"),
        ("11010519490230002X", "not a real birth date"),
        ("11010519491331002X", "not a real birth date"),
    ],
)
def test_malformed_ids_say_what_is_wrong(number: str, reason: str) -> None:
    with pytest.raises(InvalidResidentId, match=reason):
        resident_id.parse(number)


def test_a_birth_date_in_the_future_is_rejected() -> None:
    number = resident_id.make("430211", date(2030, 1, 1), 11)
    with pytest.raises(InvalidResidentId, match="future"):
        resident_id.parse(number, today=date(2029, 12, 31))
    assert resident_id.parse(number, today=date(2030, 1, 1)).birth_date == date(2030, 1, 1)


def test_invalid_resident_id_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        resident_id.parse("not an id")


@pytest.mark.parametrize(("seq", "sex"), [(1, "male"), (2, "female"), (999, "male"), (0, "female")])
def test_make_builds_valid_ids_whose_sequence_parity_gives_the_sex(seq: int, sex: str) -> None:
    number = resident_id.make("431028", date(1975, 6, 15), seq)
    parsed = resident_id.parse(number)
    assert parsed.address_code == "431028"
    assert parsed.birth_date == date(1975, 6, 15)
    assert parsed.sex == sex
    assert parsed.sequence == f"{seq:03d}"


def test_make_reproduces_the_standard_example() -> None:
    assert resident_id.make("110105", date(1949, 12, 31), 2) == STANDARD_EXAMPLE


@pytest.mark.parametrize(
    ("address_code", "seq"), [("43021", 1), ("43021a", 1), ("430211", -1), ("430211", 1000)]
)
def test_make_refuses_parts_that_do_not_fit(address_code: str, seq: int) -> None:
    with pytest.raises(ValueError):
        resident_id.make(address_code, date(1980, 1, 1), seq)


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(1980, 5, 19), 39),
        (date(1980, 5, 20), 40),
        (date(1981, 5, 19), 40),
    ],
)
def test_age_counts_completed_years(on: date, age: int) -> None:
    person = resident_id.parse(resident_id.make("430211", date(1940, 5, 20), 3))
    assert person.age_on(on) == age


def test_a_leap_day_birthday_is_reached_on_1_march_in_common_years() -> None:
    person = resident_id.parse(resident_id.make("430211", date(2000, 2, 29), 3))
    assert person.age_on(date(2001, 2, 28)) == 0
    assert person.age_on(date(2001, 3, 1)) == 1
    assert person.age_on(date(2004, 2, 29)) == 4
