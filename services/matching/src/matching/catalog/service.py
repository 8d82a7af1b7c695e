"""Catalog rules: publishing a validated version atomically, reading policies and parameters of a version.

A version is one row; the newest row is the catalog in force. Publishing inserts a row in the request's
transaction, so readers see the old version or the new one, never a mixture, and no restart is needed.
"""

from __future__ import annotations

import copy
import json
from collections import OrderedDict
from datetime import date
from typing import Any

import yaml
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, InvalidInput, NotFound
from matching.catalog import repository
from matching.catalog.models import CatalogVersion
from matching.catalog.schemas import (
    CatalogPublish,
    ParameterList,
    ParameterRead,
    ParameterValueIn,
    PolicyList,
    PolicyRead,
)
from matching.rules import catalog as rules_catalog
from matching.rules.catalog import Catalog, CatalogError, MissingParameter

_COMPILED: OrderedDict[int, Catalog] = OrderedDict()
_COMPILED_LIMIT = 16


def compiled(row: CatalogVersion) -> Catalog:
    """The compiled catalog of a stored version (compiled once per process, kept for replays)."""
    found = _COMPILED.get(row.version)
    if found is None or found.hash != row.content_hash:
        found = rules_catalog.build(row.document)
        _COMPILED[row.version] = found
        while len(_COMPILED) > _COMPILED_LIMIT:
            _COMPILED.popitem(last=False)
    _COMPILED.move_to_end(row.version)
    return found


async def current(session: AsyncSession) -> tuple[CatalogVersion, Catalog]:
    row = await repository.latest(session)
    if row is None:
        row = await ensure_shipped(session)
    return row, compiled(row)


async def version(session: AsyncSession, number: int | None) -> tuple[CatalogVersion, Catalog]:
    if number is None:
        return await current(session)
    row = await repository.get(session, number)
    if row is None:
        raise NotFound(f"Catalog version {number} does not exist")
    return row, compiled(row)


async def ensure_shipped(session: AsyncSession) -> CatalogVersion:
    """Publish the catalog shipped with this release unless a version with the same content exists."""
    document = rules_catalog.shipped_document()
    content_hash = rules_catalog.document_hash(document)
    existing = await repository.find_by_hash(session, content_hash)
    if existing is not None:
        return existing
    return await _insert(session, document, note="shipped with the service", by="matching")


async def _insert(
    session: AsyncSession, document: dict[str, Any], *, note: str, by: str
) -> CatalogVersion:
    built = rules_catalog.build(document)
    row = CatalogVersion(
        version=await repository.latest_number(session) + 1,
        content_hash=built.hash,
        document=document,
        note=note,
        published_by=by,
    )
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError as exc:
        raise Conflict("Another catalog version was published at the same time; retry") from exc
    _COMPILED[row.version] = built
    return row


def _as_invalid(exc: CatalogError, prefix: str) -> InvalidInput:
    errors = [{"field": f"{prefix}.{e['field']}", "message": e["message"]} for e in exc.errors]
    return InvalidInput(str(exc), errors=errors)


async def publish(
    session: AsyncSession, *, data: CatalogPublish, principal: Principal
) -> CatalogVersion:
    if data.document_yaml is not None:
        try:
            loaded = yaml.safe_load(data.document_yaml)
        except yaml.YAMLError as exc:
            raise InvalidInput(
                f"document_yaml is not valid YAML: {exc}",
                errors=[{"field": "document_yaml", "message": str(exc)}],
            ) from exc
        prefix = "document_yaml"
    else:
        loaded, prefix = data.document, "document"
    try:
        document = rules_catalog.normalize(loaded)
        rules_catalog.build(document)
    except CatalogError as exc:
        raise _as_invalid(exc, prefix) from exc
    return await _insert(session, document, note=data.note, by=principal.subject)


async def add_parameter_value(
    session: AsyncSession, *, name: str, data: ParameterValueIn, principal: Principal
) -> CatalogVersion:
    row, _ = await current(session)
    document = copy.deepcopy(row.document)
    for parameter in document["parameters"]:
        if parameter["name"] == name:
            parameter["values"].append(
                json.loads(data.model_dump_json(by_alias=True, exclude_none=True))
            )
            break
    else:
        raise NotFound(f"Parameter `{name}` is not in the catalog")
    try:
        rules_catalog.build(document)
    except CatalogError as exc:
        raise _as_invalid(exc, "body") from exc
    note = f"parameter {name}: value from {data.effective_from} for region {data.region or 'nationwide'}"
    return await _insert(session, document, note=note, by=principal.subject)


def policy_read(built: Catalog, code: str) -> PolicyRead:
    policy = built.policies[code]
    d = policy.definition
    return PolicyRead(
        **d.model_dump(exclude={"conditions"}),
        conditions=[c.model_dump() for c in d.conditions],
        parameters=sorted(policy.params),
    )


async def list_policies(session: AsyncSession, *, number: int | None) -> PolicyList:
    row, built = await version(session, number)
    return PolicyList(
        version=row.version,
        content_hash=row.content_hash,
        items=[policy_read(built, code) for code in built.policies],
    )


async def get_policy(session: AsyncSession, *, code: str, number: int | None) -> PolicyRead:
    _, built = await version(session, number)
    if code not in built.policies:
        raise NotFound(f"Policy `{code}` is not in the catalog")
    return policy_read(built, code)


def _parameter_read(
    built: Catalog, name: str, region: str | None, on: date | None
) -> ParameterRead:
    p = built.parameters[name]
    in_force = None
    if region is not None and on is not None:
        try:
            in_force = built.resolve(name, region, on).describe()
        except MissingParameter as exc:
            in_force = {"missing": str(exc)}
    return ParameterRead(
        name=p.name,
        description_zh=p.description_zh,
        unit=p.unit,
        kind=p.kind,
        values=[v.model_dump(mode="json", by_alias=True, exclude_none=True) for v in p.values],
        in_force=in_force,
    )


async def list_parameters(
    session: AsyncSession, *, number: int | None, region: str | None, on: date | None
) -> ParameterList:
    row, built = await version(session, number)
    return ParameterList(
        version=row.version,
        items=[_parameter_read(built, name, region, on) for name in built.parameters],
    )


async def get_parameter(
    session: AsyncSession, *, name: str, number: int | None, region: str | None, on: date | None
) -> ParameterRead:
    _, built = await version(session, number)
    if name not in built.parameters:
        raise NotFound(f"Parameter `{name}` is not in the catalog")
    return _parameter_read(built, name, region, on)
