"""Loading a catalog: validate the document, compile every expression, order the rules, resolve parameters.

Errors are collected with the path of the offending field (`policies[3].conditions[0].when`) so a policy
officer can fix a whole document in one pass.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from jiuzhu_kit import regions
from matching.rules import validation
from matching.rules.document import (
    Bracket,
    CatalogDocument,
    CircleRule,
    ParameterDef,
    ParameterValue,
    PolicyDef,
    VariableDef,
)
from matching.rules.expression import (
    Compiled,
    ExpressionError,
    ParamSymbol,
    Symbol,
    compile_expression,
)
from matching.rules.variables import BASE_VARIABLES, Entity

SHIPPED_FILES = ("policies.yaml", "parameters.yaml")


@lru_cache(maxsize=4096)
def _canonical(code: str) -> str:
    return regions.normalize(code) if code else ""


def region_within(code: str, prefix: str) -> bool:
    """`code` lies in the region `prefix` ("" = nationwide); both compared by meaningful digits."""
    return not prefix or _canonical(code).startswith(_canonical(prefix))


class CatalogError(ValueError):
    """A catalog document that cannot be published; `errors` lists each problem with its field."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        self.errors = errors
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        super().__init__(f"The catalog has {len(errors)} problem(s): {summary}")


class MissingParameter(LookupError):
    """No value of a parameter is in force for a region on a date."""


@dataclass(frozen=True)
class ResolvedParameter:
    name: str
    value: Decimal | tuple[Bracket, ...]
    region: str
    effective_from: date
    source: str
    confirmed: bool

    def describe(self) -> dict[str, Any]:
        value: Any = (
            str(self.value)
            if isinstance(self.value, Decimal)
            else [b.model_dump(mode="json") for b in self.value]
        )
        return {
            "name": self.name,
            "value": value,
            "region": self.region,
            "effective_from": self.effective_from.isoformat(),
            "source": self.source,
            "confirmed": self.confirmed,
        }


@dataclass
class CompiledCondition:
    text_zh: str
    expression: Compiled
    params: set[str]  # every parameter it reads, through derived variables too


@dataclass
class CompiledVariable:
    definition: VariableDef
    formula: Compiled
    params: set[str]


@dataclass
class CompiledPolicy:
    definition: PolicyDef
    conditions: list[CompiledCondition]
    amount_monthly: Compiled
    amount_once: Compiled
    params: set[str]

    @property
    def code(self) -> str:
        return self.definition.code

    @property
    def entity(self) -> Entity:
        return self.definition.entity

    def in_force(self, region_code: str, on: date) -> bool:
        d = self.definition
        if on < d.effective_from or (d.effective_until is not None and on > d.effective_until):
            return False
        return any(region_within(region_code, r) for r in d.regions)


@dataclass
class CompiledCircle:
    rule: CircleRule
    expression: Compiled


@dataclass
class Catalog:
    """A validated, compiled catalog. Immutable once built; a reform builds a new one."""

    document: dict[str, Any]
    hash: str
    parameters: dict[str, ParameterDef]
    variables: dict[str, CompiledVariable]
    policies: dict[str, CompiledPolicy]
    order: list[tuple[str, str]]  # ("variable" | "policy", name), dependencies first
    circles: list[CompiledCircle]
    exclusion_groups: dict[str, list[str]] = field(default_factory=dict)

    def resolve(self, name: str, region_code: str, on: date) -> ResolvedParameter:
        """The value in force on `on` for the most specific region prefix of `region_code`."""
        best: ParameterValue | None = None
        for v in self.parameters[name].values:
            if v.effective_from > on or (v.until is not None and on > v.until):
                continue
            if not region_within(region_code, v.region):
                continue
            # The most specific region wins (430100 over 430000: compare meaningful digits).
            if best is None or (len(_canonical(v.region)), v.effective_from) > (
                len(_canonical(best.region)),
                best.effective_from,
            ):
                best = v
        if best is None:
            raise MissingParameter(
                f"parameter `{name}` has no value in force for region {region_code} on {on}"
            )
        value: Decimal | tuple[Bracket, ...] = (
            best.value if best.value is not None else tuple(best.brackets or ())
        )
        return ResolvedParameter(
            name, value, best.region, best.effective_from, best.source, best.confirmed
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(Decimal(str(value)))
    return value


def document_hash(document: dict[str, Any]) -> str:
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def shipped_document() -> dict[str, Any]:
    """The catalog shipped with the package (`matching/catalog_data/*.yaml`), merged into one document."""
    merged: dict[str, Any] = {}
    base = resources.files("matching").joinpath("catalog_data")
    for name in SHIPPED_FILES:
        merged.update(yaml.safe_load(base.joinpath(name).read_text(encoding="utf-8")))
    return normalize(merged)


def normalize(document: Any) -> dict[str, Any]:
    """YAML or JSON input → a JSON-able dict (dates as ISO strings, numbers as decimal strings)."""
    if not isinstance(document, dict):
        raise CatalogError([{"field": "body", "message": "a catalog document must be a mapping"}])
    return dict(_jsonable(document))


def build(document: dict[str, Any]) -> Catalog:
    """Validate and compile a document; raise CatalogError listing every problem."""
    try:
        doc = CatalogDocument.model_validate(document)
    except ValidationError as exc:
        raise CatalogError(validation.pydantic_errors(exc)) from exc
    errors: list[dict[str, str]] = []
    for i, p in enumerate(doc.parameters):
        validation.check_parameter(i, p, errors)
    validation.check_tiers(doc, errors)

    symbols: dict[str, Symbol] = {
        n: Symbol(b.entity, b.type, "base", b.vocabulary, b.nullable)
        for n, b in BASE_VARIABLES.items()
    }
    names_seen: dict[str, str] = {}
    for where, name in [
        *((f"variables[{i}].name", v.name) for i, v in enumerate(doc.variables)),
        *((f"policies[{i}].code", p.code) for i, p in enumerate(doc.policies)),
        *((f"parameters[{i}].name", p.name) for i, p in enumerate(doc.parameters)),
    ]:
        if name in symbols or name in names_seen or name == "params":
            errors.append({"field": where, "message": f"the name `{name}` is already defined"})
        names_seen[name] = where
    for v in doc.variables:
        symbols.setdefault(v.name, Symbol(v.entity, v.type, "derived"))
    for p in doc.policies:
        symbols.setdefault(p.code, Symbol(p.entity, "bool", "policy"))
    params = {p.name: ParamSymbol(p.kind) for p in doc.parameters}

    def compile_at(where: str, source: str, entity: Entity, expect: str) -> Compiled | None:
        try:
            return compile_expression(
                source,
                symbols=symbols,
                params=params,
                entity=entity,
                expect=expect,
            )
        except ExpressionError as exc:
            errors.append({"field": where, "message": str(exc)})
            return None

    compiled_vars: dict[str, Compiled] = {}
    for i, v in enumerate(doc.variables):
        c = compile_at(f"variables[{i}].formula", v.formula, v.entity, v.type)
        if c is not None:
            compiled_vars[v.name] = c
    policy_parts: dict[str, tuple[list[Compiled | None], Compiled | None, Compiled | None]] = {}
    for i, p in enumerate(doc.policies):
        conditions = [
            compile_at(f"policies[{i}].conditions[{j}].when", c.when, p.entity, "bool")
            for j, c in enumerate(p.conditions)
        ]
        monthly = compile_at(f"policies[{i}].amount_monthly", p.amount_monthly, p.entity, "number")
        once = compile_at(f"policies[{i}].amount_once", p.amount_once, p.entity, "number")
        policy_parts[p.code] = (conditions, monthly, once)
    circles = []
    for i, rule in enumerate(doc.circles):
        c = compile_at(f"circles[{i}].when", rule.when, "household", "bool")
        if c is not None:
            circles.append(CompiledCircle(rule, c))
    if errors:
        raise CatalogError(errors)

    # Dependencies between derived variables and policies, ordered so each is computed after its inputs.
    deps: dict[str, set[str]] = {}
    for name, c in compiled_vars.items():
        deps[name] = c.names - BASE_VARIABLES.keys()
    for code, (conds, monthly, once) in policy_parts.items():
        used: set[str] = set()
        for c in [*conds, monthly, once]:
            assert c is not None
            used |= c.names
        deps[code] = used - BASE_VARIABLES.keys()
    order = _topological(deps)

    var_params: dict[str, set[str]] = {}
    for name in order:
        if name in compiled_vars:
            closure = set(compiled_vars[name].params)
            for dep in deps[name]:
                closure |= var_params.get(dep, set())
            var_params[name] = closure

    def params_of(c: Compiled) -> set[str]:
        closure = set(c.params)
        for n in c.names:
            closure |= var_params.get(n, set())
        return closure

    policies: dict[str, CompiledPolicy] = {}
    groups: dict[str, list[str]] = {}
    for p in doc.policies:
        conds, monthly, once = policy_parts[p.code]
        assert monthly is not None and once is not None
        compiled_conditions = [
            CompiledCondition(d.text_zh, c, params_of(c))
            for d, c in zip(p.conditions, conds, strict=True)
            if c is not None
        ]
        all_params = set().union(*(c.params for c in compiled_conditions))
        policies[p.code] = CompiledPolicy(
            p,
            compiled_conditions,
            monthly,
            once,
            all_params | params_of(monthly) | params_of(once),
        )
        if p.exclusion_group:
            groups.setdefault(p.exclusion_group, []).append(p.code)
    variables = {
        v.name: CompiledVariable(v, compiled_vars[v.name], var_params[v.name])
        for v in doc.variables
    }
    return Catalog(
        document=document,
        hash=document_hash(document),
        parameters={p.name: p for p in doc.parameters},
        variables=variables,
        policies=policies,
        order=[("variable" if n in variables else "policy", n) for n in order],
        circles=circles,
        exclusion_groups=groups,
    )


def _topological(deps: dict[str, set[str]]) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " → ".join([*path[path.index(name) :], name])
            raise CatalogError([{"field": name, "message": f"rules depend on each other: {cycle}"}])
        state[name] = 1
        for dep in sorted(deps.get(name, ())):
            visit(dep, [*path, name])
        state[name] = 2
        order.append(name)

    for name in deps:
        visit(name, [])
    return order
