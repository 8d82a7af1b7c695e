"""What commands print: JSON for scripts (`--json`), rich tables and key/value panels for people."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def as_plain(value: Any) -> Any:
    """A generated model (or list of them) as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [as_plain(v) for v in value]
    return value


def print_json(value: Any) -> None:
    console.out(json.dumps(as_plain(value), ensure_ascii=False, indent=2, default=str))


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def show_fields(value: Any, *, title: str, fields: Sequence[str] | None = None) -> None:
    """One object as a two-column table (all its fields, or the ones named)."""
    data: Mapping[str, Any] = as_plain(value)
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    for key in fields or list(data):
        if key in data:
            table.add_row(key, _cell(data[key]))
    console.print(table)


def show_rows(rows: Iterable[Any], *, title: str, columns: Sequence[str]) -> None:
    """Objects as a table, one row each, with the columns named."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    count = 0
    for row in rows:
        data = as_plain(row)
        table.add_row(*(_cell(data.get(c)) for c in columns))
        count += 1
    console.print(table if count else f"{title}: none")


def emit(value: Any, *, json_output: bool, title: str, fields: Sequence[str] | None = None) -> None:
    if json_output:
        print_json(value)
    else:
        show_fields(value, title=title, fields=fields)
