"""Loading a catalog: the expression language is safe, and every mistake is named before publishing."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from matching.rules import catalog
from matching.rules.catalog import CatalogError

SHIPPED = catalog.shipped_document()


def _doc() -> dict[str, Any]:
    return copy.deepcopy(SHIPPED)


def _policy(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(p for p in doc["policies"] if p["code"] == code)


def _errors(doc: dict[str, Any]) -> list[dict[str, str]]:
    with pytest.raises(CatalogError) as info:
        catalog.build(doc)
    return info.value.errors


def test_the_shipped_catalog_loads_and_covers_hunan_and_guangzhou() -> None:
    built = catalog.build(_doc())
    for region in ("431028206", "440117001"):
        for name in built.parameters:
            assert built.resolve(name, region, date(2026, 11, 28)) is not None


def test_every_unconfirmed_value_says_so_and_every_value_has_a_source() -> None:
    built = catalog.build(_doc())
    values = [v for p in built.parameters.values() for v in p.values]
    assert all(v.source for v in values)
    confirmed = {
        (p.name, v.region) for p in built.parameters.values() for v in p.values if v.confirmed
    }
    # The figures DOMAIN.md names are confirmed; working defaults are not.
    assert ("dibao_standard_urban", "440100") in confirmed
    assert ("tekun_standard_multiple", "440100") in confirmed
    assert ("rigid_expenditure_share", "430000") not in confirmed


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os').system('true')",
        "per_capita_income.__class__",
        "(lambda: 1)()",
        "household_size[0] > 1",
        "open('/etc/passwd')",
        "[x for x in (1, 2)]",
        "per_capita_income ** 2 > 1",
        "eval('1')",
    ],
)
def test_an_expression_outside_the_language_is_rejected_on_load(expression: str) -> None:
    doc = _doc()
    _policy(doc, "dibao")["conditions"][0]["when"] = expression
    errors = _errors(doc)
    assert errors[0]["field"] == "policies[0].conditions[0].when"


def test_an_undefined_name_or_parameter_is_named() -> None:
    doc = _doc()
    _policy(doc, "dibao")["conditions"][0]["when"] = "per_capita_incme < dibao_standard"
    _policy(doc, "dibao")["amount_monthly"] = "params.dibao_standrd"
    messages = " ".join(e["message"] for e in _errors(doc))
    assert "`per_capita_incme` is not defined" in messages
    assert "`params.dibao_standrd` is not defined" in messages


def test_a_misspelt_category_value_is_rejected() -> None:
    doc = _doc()
    _policy(doc, "dibao")["conditions"][0]["when"] = 'registration == "urbn"'
    assert "'urbn' is not a value of this category" in _errors(doc)[0]["message"]


def test_a_person_variable_in_a_household_rule_must_be_aggregated() -> None:
    doc = _doc()
    _policy(doc, "dibao")["conditions"][0]["when"] = "age > 60"
    assert "count_members/any_member" in _errors(doc)[0]["message"]


def test_unknown_fields_are_rejected_with_their_path() -> None:
    doc = _doc()
    _policy(doc, "dibao")["amount_monhtly"] = "1"
    doc["parameters"][0]["values"][0]["valeu"] = 1
    fields = {e["field"] for e in _errors(doc)}
    assert "policies[0].amount_monhtly" in fields
    assert "parameters[0].values[0].valeu" in fields


def test_a_gap_in_a_parameters_dates_is_an_error() -> None:
    doc = _doc()
    values = doc["parameters"][0]["values"]
    values[0]["until"] = "2019-12-31"
    values.append(
        {"region": values[0]["region"], "from": "2020-03-01", "value": 600, "source": "x"}
    )
    messages = [e["message"] for e in _errors(doc)]
    assert any("gap in dates" in m and "2020-01-01" in m for m in messages)


def test_overlapping_dated_values_are_an_error() -> None:
    doc = _doc()
    values = doc["parameters"][0]["values"]
    values[0]["until"] = "2020-06-30"
    values.append(
        {"region": values[0]["region"], "from": "2020-01-01", "value": 600, "source": "x"}
    )
    assert any("overlaps" in e["message"] for e in _errors(doc))


def test_overlapping_tiers_are_an_error() -> None:
    doc = _doc()
    rates = next(p for p in doc["parameters"] if p["name"] == "medical_assistance_rates")
    rates["values"][0]["brackets"][1]["from_yuan"] = 20000  # tier 1 ends at 30,000
    doc["circles"].append(dict(doc["circles"][0]))
    messages = [e["message"] for e in _errors(doc)]
    assert any("tier 1 overlaps tier 0" in m for m in messages)
    assert any("tier rules overlap" in m for m in messages)


def test_rules_that_depend_on_each_other_are_an_error() -> None:
    doc = _doc()
    _policy(doc, "dibao")["conditions"].append({"text_zh": "循环", "when": "not dibao_edge"})
    assert "depend on each other" in _errors(doc)[0]["message"]


def test_the_most_specific_region_prefix_in_force_wins() -> None:
    built = catalog.build(_doc())
    changsha = built.resolve("tekun_standard_multiple", "430102001", date(2026, 1, 1))
    zhuzhou = built.resolve("tekun_standard_multiple", "430211102", date(2026, 1, 1))
    assert (changsha.region, zhuzhou.region) == ("430100", "430000")
    with pytest.raises(catalog.MissingParameter):
        built.resolve("dibao_standard_urban", "440117001", date(2020, 12, 31))
