"""The rule expression language: a small, safe subset of Python syntax compiled to a typed tree.

Text is parsed with `ast` and every node is checked against a whitelist; nothing is ever `eval`ed.
What is allowed: numbers, strings, True/False/None, names of facts and derived variables, policy codes
(their eligibility), `params.<name>`, `and`/`or`/`not`, `+ - * /`, comparisons (also `in (…)`), and
the functions `min`, `max`, `if_else(c, a, b)`, `tiered(params.<brackets>, amount)`, and over the
counted members of the household `count_members(…)`, `sum_members(…)`, `any_member(…)`, `all_members(…)`.
The tree (IR) is what both back ends execute: `scalar.py` per household, `vectorised.py` per population.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from matching.rules.variables import Entity, ValueType

AGGREGATES = {"count_members", "sum_members", "any_member", "all_members"}
FUNCTIONS = {"min", "max", "if_else", "tiered", *AGGREGATES}
ARITH = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}


class ExpressionError(ValueError):
    """An expression that is not in the language, names something undefined, or mixes types."""


@dataclass(frozen=True)
class Symbol:
    """What a name means in the language."""

    entity: Entity
    type: ValueType
    kind: Literal["base", "derived", "policy"]
    vocabulary: tuple[str | None, ...] = ()
    nullable: bool = False


@dataclass(frozen=True)
class ParamSymbol:
    kind: Literal["number", "brackets"]


# ---- IR -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    type: ValueType


@dataclass(frozen=True)
class Const(Node):
    value: Decimal | bool | str | None


@dataclass(frozen=True)
class Var(Node):
    name: str
    entity: Entity
    vocabulary: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class Param(Node):
    name: str


@dataclass(frozen=True)
class Not(Node):
    operand: Node


@dataclass(frozen=True)
class BoolOp(Node):
    op: Literal["and", "or"]
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Neg(Node):
    operand: Node


@dataclass(frozen=True)
class Arith(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Compare(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class IsNull(Node):
    operand: Node
    negate: bool


@dataclass(frozen=True)
class In(Node):
    operand: Node
    values: tuple[Decimal | str, ...]
    negate: bool


@dataclass(frozen=True)
class Call(Node):
    function: str  # min | max | if_else | tiered
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Aggregate(Node):
    function: str  # count_members | sum_members | any_member | all_members
    operand: Node  # evaluated per counted member


@dataclass
class Compiled:
    """A checked expression: its tree and the names and parameters it reads directly."""

    source: str
    root: Node
    names: set[str] = field(default_factory=set)
    params: set[str] = field(default_factory=set)


class _Compiler:
    def __init__(
        self, symbols: dict[str, Symbol], params: dict[str, ParamSymbol], source: str
    ) -> None:
        self.symbols, self.params, self.source = symbols, params, source
        self.names: set[str] = set()
        self.used_params: set[str] = set()

    def fail(self, node: ast.AST, message: str) -> ExpressionError:
        col = getattr(node, "col_offset", 0)
        return ExpressionError(f"{message} (in `{self.source}` at column {col + 1})")

    def compile(self, node: ast.AST, entity: Entity) -> Node:
        method = getattr(self, f"visit_{type(node).__name__.lower()}", None)
        if method is None:
            raise self.fail(node, f"`{type(node).__name__}` is not part of the rule language")
        result: Node = method(node, entity)
        return result

    def visit_constant(self, node: ast.Constant, entity: Entity) -> Node:
        value = node.value
        if isinstance(value, bool):
            return Const("bool", value)
        if value is None:
            return Const("number", None)
        if isinstance(value, int | float):
            return Const("number", Decimal(str(value)))
        if isinstance(value, str):
            return Const("category", value)
        raise self.fail(node, f"the constant {value!r} is not allowed")

    def visit_name(self, node: ast.Name, entity: Entity) -> Node:
        symbol = self.symbols.get(node.id)
        if symbol is None:
            raise self.fail(node, f"the name `{node.id}` is not defined")
        if symbol.entity == "person" and entity == "household":
            raise self.fail(
                node,
                f"`{node.id}` is a person variable; use it inside count_members/any_member/"
                "sum_members/all_members in a household rule",
            )
        self.names.add(node.id)
        return Var(symbol.type, node.id, symbol.entity, symbol.vocabulary)

    def visit_attribute(self, node: ast.Attribute, entity: Entity) -> Node:
        if not (isinstance(node.value, ast.Name) and node.value.id == "params"):
            raise self.fail(node, "only `params.<name>` may use a dot")
        param = self.params.get(node.attr)
        if param is None:
            raise self.fail(node, f"the parameter `params.{node.attr}` is not defined")
        if param.kind != "number":
            raise self.fail(node, f"`params.{node.attr}` is a bracket table; use it in tiered()")
        self.used_params.add(node.attr)
        return Param("number", node.attr)

    def visit_expression(self, node: ast.Expression, entity: Entity) -> Node:
        return self.compile(node.body, entity)

    def visit_boolop(self, node: ast.BoolOp, entity: Entity) -> Node:
        operands = tuple(self._bool(v, entity) for v in node.values)
        return BoolOp("bool", "and" if isinstance(node.op, ast.And) else "or", operands)

    def visit_unaryop(self, node: ast.UnaryOp, entity: Entity) -> Node:
        if isinstance(node.op, ast.Not):
            return Not("bool", self._bool(node.operand, entity))
        if isinstance(node.op, ast.USub):
            return Neg("number", self._number(node.operand, entity))
        raise self.fail(node, "only `not` and unary `-` are allowed")

    def visit_binop(self, node: ast.BinOp, entity: Entity) -> Node:
        op = ARITH.get(type(node.op))
        if op is None:
            raise self.fail(node, f"the operator `{type(node.op).__name__}` is not allowed")
        return Arith(
            "number", op, self._number(node.left, entity), self._number(node.right, entity)
        )

    def visit_compare(self, node: ast.Compare, entity: Entity) -> Node:
        parts: list[Node] = []
        left_ast = node.left
        for op, right_ast in zip(node.ops, node.comparators, strict=True):
            parts.append(self._compare_one(left_ast, op, right_ast, entity))
            left_ast = right_ast
        return parts[0] if len(parts) == 1 else BoolOp("bool", "and", tuple(parts))

    def _compare_one(
        self, left_ast: ast.expr, op: ast.cmpop, right_ast: ast.expr, e: Entity
    ) -> Node:
        left = self.compile(left_ast, e)
        if isinstance(op, ast.In | ast.NotIn):
            if not isinstance(right_ast, ast.Tuple | ast.List) or not right_ast.elts:
                raise self.fail(right_ast, "`in` needs a literal list such as (1, 2)")
            values = [self.compile(v, e) for v in right_ast.elts]
            if not all(isinstance(v, Const) and v.value is not None for v in values):
                raise self.fail(right_ast, "`in` lists may hold only numbers or strings")
            literals = tuple(v.value for v in values if isinstance(v, Const))
            for lit in literals:
                self._check_literal(left, lit, right_ast)
            return In("bool", left, literals, isinstance(op, ast.NotIn))  # type: ignore[arg-type]
        symbol = COMPARE.get(type(op))
        if symbol is None:
            raise self.fail(left_ast, f"the comparison `{type(op).__name__}` is not allowed")
        right = self.compile(right_ast, e)
        if (isinstance(right, Const) and right.value is None) or (
            isinstance(left, Const) and left.value is None
        ):
            if symbol not in ("==", "!="):
                raise self.fail(left_ast, "None can only be compared with == or !=")
            operand = left if isinstance(right, Const) and right.value is None else right
            return IsNull("bool", operand, symbol == "!=")
        if left.type == "category" or right.type == "category":
            if symbol not in ("==", "!="):
                raise self.fail(left_ast, "categories can only be compared with ==, != or in")
            if isinstance(right, Const):
                self._check_literal(left, right.value, right_ast)
            elif isinstance(left, Const):
                self._check_literal(right, left.value, left_ast)
            else:
                raise self.fail(left_ast, "compare a category with a string literal")
        elif left.type != right.type:
            raise self.fail(left_ast, f"cannot compare a {left.type} with a {right.type}")
        return Compare("bool", symbol, left, right)

    def _check_literal(self, target: Node, literal: object, where: ast.AST) -> None:
        if target.type == "category":
            vocabulary = target.vocabulary if isinstance(target, Var) else ()
            if not isinstance(literal, str) or literal not in vocabulary:
                allowed = ", ".join(repr(v) for v in vocabulary if v is not None)
                raise self.fail(where, f"{literal!r} is not a value of this category ({allowed})")
        elif target.type == "number" and not isinstance(literal, Decimal):
            raise self.fail(where, f"{literal!r} is not a number")
        elif target.type == "bool":
            raise self.fail(where, "use a boolean directly, not with `in`")

    def visit_call(self, node: ast.Call, entity: Entity) -> Node:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise self.fail(node, f"only the functions {sorted(FUNCTIONS)} may be called")
        if node.keywords:
            raise self.fail(node, "functions take positional arguments only")
        name, args = node.func.id, node.args
        if name in AGGREGATES:
            if entity != "household" or len(args) != 1:
                raise self.fail(node, f"{name}(x) takes one person expression in a household rule")
            operand = self.compile(args[0], "person")
            wanted: ValueType = "number" if name == "sum_members" else "bool"
            if operand.type != wanted:
                raise self.fail(node, f"{name} needs a {wanted} expression")
            return Aggregate(
                "bool" if name in ("any_member", "all_members") else "number", name, operand
            )
        if name in ("min", "max"):
            if len(args) < 2:
                raise self.fail(node, f"{name} needs at least two arguments")
            return Call("number", name, tuple(self._number(a, entity) for a in args))
        if name == "if_else":
            if len(args) != 3:
                raise self.fail(node, "if_else(condition, then, otherwise) takes three arguments")
            then, other = self.compile(args[1], entity), self.compile(args[2], entity)
            if then.type != other.type or then.type == "category":
                raise self.fail(node, "if_else branches must both be numbers or both booleans")
            return Call(then.type, name, (self._bool(args[0], entity), then, other))
        # tiered(params.<brackets>, amount)
        if (
            len(args) != 2
            or not isinstance(args[0], ast.Attribute)
            or not isinstance(args[0].value, ast.Name)
            or args[0].value.id != "params"
        ):
            raise self.fail(node, "tiered(params.<bracket table>, amount) takes two arguments")
        table = self.params.get(args[0].attr)
        if table is None or table.kind != "brackets":
            raise self.fail(node, f"`params.{args[0].attr}` is not a bracket table")
        self.used_params.add(args[0].attr)
        return Call("number", name, (Param("number", args[0].attr), self._number(args[1], entity)))

    def _bool(self, node: ast.expr, entity: Entity) -> Node:
        result = self.compile(node, entity)
        if result.type != "bool":
            raise self.fail(node, "a condition (true/false) is needed here")
        return result

    def _number(self, node: ast.expr, entity: Entity) -> Node:
        result = self.compile(node, entity)
        if result.type not in ("number", "bool"):
            raise self.fail(node, "a number is needed here")
        return result


def compile_expression(
    source: str,
    *,
    symbols: dict[str, Symbol],
    params: dict[str, ParamSymbol],
    entity: Entity,
    expect: ValueType,
) -> Compiled:
    """Parse and check `source`; raise ExpressionError with a readable message if it is not valid."""
    if len(source) > 2000:
        raise ExpressionError("an expression may be at most 2000 characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"`{source}` is not a valid expression: {exc.msg}") from exc
    compiler = _Compiler(symbols, params, source)
    root = compiler.compile(tree, entity)
    if expect == "number" and root.type not in ("number", "bool"):
        raise ExpressionError(f"`{source}` must give a number")
    if expect == "bool" and root.type != "bool":
        raise ExpressionError(f"`{source}` must give true or false")
    return Compiled(source=source, root=root, names=compiler.names, params=compiler.used_params)
