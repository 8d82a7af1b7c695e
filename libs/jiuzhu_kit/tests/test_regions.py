"""Region codes: canonical forms, lookup against the shipped data, names and prefix-based scope."""

import pytest

from jiuzhu_kit import regions
from jiuzhu_kit.regions import UnknownRegion

# The townships of the real cases the suite must handle (DOMAIN.md).
CASE_TOWNSHIPS = {
    "431028206": "湖南省郴州市安仁县牌楼乡",
    "430211102": "湖南省株洲市天元区雷打石镇",
    "431022115": "湖南省郴州市宜章县五岭镇",
    "430203001": "湖南省株洲市芦淞区贺家土街道",
    "440117001": "广东省广州市从化区街口街道",
}


@pytest.mark.parametrize(
    ("code", "canonical"),
    [
        ("43", "43"),
        ("430000", "43"),
        ("4302", "4302"),
        ("430200", "4302"),
        ("440100", "4401"),
        ("430211", "430211"),
        ("430211102", "430211102"),
        ("430211102201", "430211102201"),
        ("430211102000", "430211102"),
        ("430000000000", "43"),
        (" 430211 ", "430211"),
    ],
)
def test_normalize_keeps_only_the_meaningful_digits(code: str, canonical: str) -> None:
    assert regions.normalize(code) == canonical


def test_a_county_code_ending_in_00_stays_a_county() -> None:
    # 441900 东莞市 is a real county-level code, not the padded form of city 4419.
    assert regions.normalize("441900") == "441900"
    assert regions.lookup("441900").level == "county"


@pytest.mark.parametrize("code", ["", "4302a1", "43021", "4302111", "４３", "43-02"])
def test_malformed_codes_are_rejected(code: str) -> None:
    with pytest.raises(UnknownRegion):
        regions.normalize(code)


@pytest.mark.parametrize(("code", "full_name"), sorted(CASE_TOWNSHIPS.items()))
def test_the_real_case_townships_are_known_with_their_full_names(code: str, full_name: str) -> None:
    region = regions.validate_township(code)
    assert region.level == "township"
    assert regions.full_name(code) == full_name


def test_lookup_gives_level_name_and_parent() -> None:
    assert regions.lookup("430000") == regions.Region("43", "湖南省", "province", None)
    assert regions.lookup("430200") == regions.Region("4302", "株洲市", "city", "43")
    assert regions.lookup("440117") == regions.Region("440117", "从化区", "county", "4401")
    assert regions.lookup("440117001") == regions.Region(
        "440117001", "街口街道", "township", "440117"
    )


def test_unknown_codes_raise_a_value_error_naming_the_code() -> None:
    with pytest.raises(ValueError, match="430299"):
        regions.lookup("430299")
    assert not regions.is_known("430211999")
    assert not regions.is_known("99")
    assert regions.is_known("430211")


def test_a_village_is_known_exactly_when_its_township_is() -> None:
    village = regions.lookup("431028206201")
    assert village.level == "village"
    assert village.parent_code == "431028206"
    assert not regions.is_known("431028999201")


def test_parents_run_from_the_region_up_to_its_province() -> None:
    chain = regions.parents("430211102201")
    assert [r.code for r in chain] == ["430211102201", "430211102", "430211", "4302", "43"]
    assert [r.level for r in chain] == ["village", "township", "county", "city", "province"]


def test_full_name_skips_placeholder_and_repeated_names() -> None:
    assert regions.full_name("110101") == "北京市东城区"  # city 1101 is the placeholder 市辖区
    assert regions.full_name("441900") == "广东省东莞市"  # city and county are both 东莞市


@pytest.mark.parametrize(
    ("code", "scope", "inside"),
    [
        ("430211102", "430211", True),
        ("430211102201", "430211102", True),
        ("430211102", "430000", True),
        ("430211102", "43", True),
        ("431028206", "4310", True),
        ("430211", "430211", True),
        ("440117001", "431028", False),
        ("430211102", "430203", False),
        ("43", "430211", False),  # a province is not inside one of its counties
        ("440117001", "", True),
        ("440117001", "*", True),
    ],
)
def test_within_is_a_prefix_test_on_canonical_codes(code: str, scope: str, inside: bool) -> None:
    assert regions.within(code, scope) is inside


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("430211102201", "430211102201", "village"),
        ("430211102201", "430211102202", "township"),
        ("430211102", "430211101", "county"),
        ("430211102", "430203001", "city"),
        ("430211102", "431028206", "province"),
        ("430211102", "440117001", None),
        ("430211102", "430211", "county"),  # only levels both codes reach are compared
        ("430211102", "430000", "province"),
    ],
)
def test_common_level_is_the_closest_shared_level(a: str, b: str, level: str | None) -> None:
    assert regions.common_level(a, b) == level
    assert regions.common_level(b, a) == level


def test_validate_township_rejects_other_levels() -> None:
    with pytest.raises(UnknownRegion, match="county"):
        regions.validate_township("430211")
    with pytest.raises(UnknownRegion):
        regions.validate_township("430211999")


def test_validate_village_checks_its_township() -> None:
    assert regions.validate_village("430211102201", "430211102").code == "430211102201"
    with pytest.raises(UnknownRegion, match="430211102"):
        regions.validate_village("430211102201", "431028206")
    with pytest.raises(UnknownRegion, match="not a 12-digit village"):
        regions.validate_village("430211102", "430211102")
