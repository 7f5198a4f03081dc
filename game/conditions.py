"""A tiny safe expression language for `if:` conditions and `set:` effects (never `eval`).

Grammar, loosest first::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum     := atom (("+" | "-") atom)*
    atom    := INT | "true" | "false" | 'text' | "text" | NAME | "(" expr ")" | "-" atom

Values are booleans, whole numbers and short strings. Names are story variables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

Value = bool | int | str

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<int>\d+)
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<op>==|!=|<=|>=|<|>|\+|-|\(|\))
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false"}
_BLANK_TO_END = re.compile(r"\s*\Z")
# Far above any real condition (they use under 10). The parser and the tree walks recurse once per nesting
# level, so an unbounded expression such as 1000 `(` or `not`s would exhaust Python's stack.
MAX_TOKENS = 64


class ConditionError(Exception):
    """An expression that cannot be parsed or evaluated; `offset` is 0-based in the source."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


@dataclass(frozen=True)
class Lit:
    """A literal value."""

    value: Value


@dataclass(frozen=True)
class Var:
    """A variable read; `offset` locates it in the source for error messages."""

    name: str
    offset: int


@dataclass(frozen=True)
class Unary:
    """`not x` or `-x`."""

    op: str
    operand: Node
    offset: int


@dataclass(frozen=True)
class Binary:
    """A binary operator applied to two sub-expressions."""

    op: str
    left: Node
    right: Node
    offset: int


Node = Lit | Var | Unary | Binary


def _tokenize(source: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(source):
        if _BLANK_TO_END.match(source, pos):
            break
        match = _TOKEN.match(source, pos)
        if match is None or match.end() == pos:
            bad = pos + (len(source[pos:]) - len(source[pos:].lstrip()))
            raise ConditionError(f"unexpected character {source[bad]!r}", bad)
        kind = match.lastgroup or ""
        text = match.group(kind)
        start = match.start(kind)
        if kind == "name" and text in _KEYWORDS:
            kind = "kw"
        tokens.append((kind, text, start))
        if len(tokens) > MAX_TOKENS:
            raise ConditionError(f"this expression is too long (more than {MAX_TOKENS} parts)", start)
        pos = match.end()
    tokens.append(("end", "", len(source)))
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = _tokenize(source)
        self.index = 0

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.index]

    def take(self) -> tuple[str, str, int]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node:
        node = self.or_()
        kind, text, offset = self.peek()
        if kind != "end":
            raise ConditionError(f"unexpected {text!r}", offset)
        return node

    def or_(self) -> Node:
        node = self.and_()
        while self.peek()[:2] == ("kw", "or"):
            offset = self.take()[2]
            node = Binary("or", node, self.and_(), offset)
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.peek()[:2] == ("kw", "and"):
            offset = self.take()[2]
            node = Binary("and", node, self.not_(), offset)
        return node

    def not_(self) -> Node:
        if self.peek()[:2] == ("kw", "not"):
            offset = self.take()[2]
            return Unary("not", self.not_(), offset)
        return self.compare()

    def compare(self) -> Node:
        node = self.sum()
        kind, text, offset = self.peek()
        if kind == "op" and text in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            node = Binary(text, node, self.sum(), offset)
        return node

    def sum(self) -> Node:
        node = self.atom()
        while self.peek()[0] == "op" and self.peek()[1] in ("+", "-"):
            _kind, text, offset = self.take()
            node = Binary(text, node, self.atom(), offset)
        return node

    def atom(self) -> Node:
        kind, text, offset = self.take()
        if kind == "int":
            return Lit(int(text))
        if kind == "str":
            return Lit(text[1:-1])
        if kind == "kw" and text in ("true", "false"):
            return Lit(text == "true")
        if kind == "name":
            return Var(text, offset)
        if (kind, text) == ("op", "("):
            node = self.or_()
            closing = self.take()
            if closing[:2] != ("op", ")"):
                raise ConditionError("missing ')'", closing[2])
            return node
        if (kind, text) == ("op", "-"):
            return Unary("-", self.atom(), offset)
        if kind == "end":
            raise ConditionError("expression ends too soon", offset)
        raise ConditionError(f"unexpected {text!r}", offset)


@lru_cache(maxsize=1024)
def parse(source: str) -> Node:
    """Parse `source` into an expression tree (cached).

    Raises:
        ConditionError: with the offset of the first problem.
    """
    return _Parser(source).parse()


def names(node: Node) -> list[Var]:
    """Every variable read in `node`, in source order."""
    if isinstance(node, Var):
        return [node]
    if isinstance(node, Unary):
        return names(node.operand)
    if isinstance(node, Binary):
        return names(node.left) + names(node.right)
    return []


def evaluate(node: Node, env: Mapping[str, Value]) -> Value:
    """Evaluate `node` with variable values from `env`.

    Raises:
        ConditionError: unknown variable or a value of the wrong type.
    """
    if isinstance(node, Lit):
        return node.value
    if isinstance(node, Var):
        if node.name not in env:
            raise ConditionError(f"unknown variable {node.name!r}", node.offset)
        return env[node.name]
    if isinstance(node, Unary):
        value = evaluate(node.operand, env)
        if node.op == "not":
            return not _truth(value, node.offset)
        return -_number(value, node.offset)
    return _binary(node, env)


def _binary(node: Binary, env: Mapping[str, Value]) -> Value:
    if node.op == "and":
        return _truth(evaluate(node.left, env), node.offset) and _truth(evaluate(node.right, env), node.offset)
    if node.op == "or":
        return _truth(evaluate(node.left, env), node.offset) or _truth(evaluate(node.right, env), node.offset)
    left, right = evaluate(node.left, env), evaluate(node.right, env)
    if node.op == "==":
        return type(left) is type(right) and left == right
    if node.op == "!=":
        return not (type(left) is type(right) and left == right)
    if node.op == "+" and isinstance(left, str) and isinstance(right, str):
        return left + right
    a, b = _number(left, node.offset), _number(right, node.offset)
    results = {"+": a + b, "-": a - b}
    if node.op in results:
        return results[node.op]
    comparisons = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}
    return comparisons[node.op]


def _truth(value: Value, offset: int) -> bool:
    if not isinstance(value, bool):
        raise ConditionError(f"expected true or false, got {value!r}", offset)
    return value


def _number(value: Value, offset: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConditionError(f"expected a number, got {value!r}", offset)
    return value


def evaluate_source(source: str, env: Mapping[str, Value]) -> Value:
    """Parse (cached) and evaluate `source`."""
    return evaluate(parse(source), env)


def infer(node: Node, types: Mapping[str, type]) -> type:
    """The type (`bool`, `int` or `str`) `node` evaluates to, given variable types; checks operand types.

    Used by the content linter so type mistakes are found when writing, not while a child plays.

    Raises:
        ConditionError: an operator used with the wrong types, or an unknown variable.
    """
    if isinstance(node, Lit):
        return type(node.value)
    if isinstance(node, Var):
        if node.name not in types:
            raise ConditionError(f"unknown variable {node.name!r}", node.offset)
        return types[node.name]
    if isinstance(node, Unary):
        expected = bool if node.op == "not" else int
        _expect(infer(node.operand, types), expected, node.op, node.offset)
        return expected
    left, right = infer(node.left, types), infer(node.right, types)
    if node.op in ("and", "or"):
        _expect(left, bool, node.op, node.offset)
        _expect(right, bool, node.op, node.offset)
        return bool
    if node.op in ("==", "!="):
        if left is not right:
            raise ConditionError(f"'{node.op}' compares {_name(left)} with {_name(right)}; they are never equal",
                                 node.offset)
        return bool
    if node.op == "+" and left is str and right is str:
        return str
    _expect(left, int, node.op, node.offset)
    _expect(right, int, node.op, node.offset)
    return int if node.op in ("+", "-") else bool


def _expect(found: type, wanted: type, op: str, offset: int) -> None:
    if found is not wanted:
        raise ConditionError(f"'{op}' needs {_name(wanted)}, not {_name(found)}", offset)


def _name(kind: type) -> str:
    return {bool: "true/false", int: "a number", str: "text"}.get(kind, kind.__name__)
