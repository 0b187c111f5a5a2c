"""Reading a JSON file a user offers: size, encoding, syntax and schema checked; each failure says where."""

from __future__ import annotations

import json
import math
import re
from functools import cache
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.config import schema_dir
from cpdesk.domain.files import quoted, read_offered_file
from cpdesk.errors import InputError

if TYPE_CHECKING:
    import jsonschema

_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")
# Past this many digits a number is refused as it is read (Python's own reader fails with a traceback
# past 4,300); below it, the schema's bounds refuse a number too big for its field, naming the field.
MAX_DIGITS = 100

JsonPath = tuple[str | int, ...]


def describe_path(path: JsonPath) -> str:
    """A field's place in the file as a person reads it: priorities[2].title."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the whole file"


def value_lines(text: str) -> dict[JsonPath, int]:
    """The line on which each value starts, for text that is already known to be valid JSON."""
    lines: dict[JsonPath, int] = {}

    def line_at(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def skip(pos: int) -> int:
        return _WS.match(text, pos).end()  # type: ignore[union-attr]

    def value(pos: int, path: JsonPath) -> int:
        pos = skip(pos)
        lines[path] = line_at(pos)
        char = text[pos]
        if char == "{":
            pos = skip(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                key, pos = scanstring(text, skip(pos) + 1)
                pos = skip(pos) + 1  # the colon
                pos = skip(value(pos, (*path, key)))
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if char == "[":
            pos = skip(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = skip(value(pos, (*path, index)))
                index += 1
                if text[pos] == "]":
                    return pos + 1
                pos += 1
        if char == '"':
            return int(scanstring(text, pos + 1)[1])
        return _SCALAR.match(text, pos).end()  # type: ignore[union-attr]

    value(0, ())
    return lines


class _NotANumber(ValueError):
    """A number a cpdesk file cannot hold: NaN or Infinity (Python's reader would accept them), or too big."""

    def __init__(self, token: str, problem: str) -> None:
        super().__init__(token)
        self.token = token
        self.problem = problem


def _whole(token: str) -> int:
    if len(token.lstrip("-")) > MAX_DIGITS:
        raise _NotANumber(token, f"is too long a number ({len(token.lstrip('-')):,} digits)")
    return int(token)


def _finite(token: str) -> float:
    number = float(token)
    if not math.isfinite(number):
        raise _NotANumber(token, "is too large a number")
    return number


def _refuse_constant(token: str) -> float:
    raise _NotANumber(token, "is not a number JSON allows")


def _line_of(text: str, pattern: str) -> int | None:
    match = re.search(pattern, text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _parse(text: str, where: str) -> Any:
    """Strict JSON: finite numbers only, valid Unicode only, each failure said with its line."""
    try:
        data = json.loads(text, parse_int=_whole, parse_float=_finite, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            message = "the file ends too soon: it looks cut short"
        else:
            message = f"the file is not valid JSON ({exc.msg})"
        raise InputError(message, where=f"{where}, line {exc.lineno}, column {exc.colno}") from exc
    except _NotANumber as exc:
        line = _line_of(text, rf"[:\[,]\s*{re.escape(exc.token)}")
        shown = exc.token if len(exc.token) <= 30 else f"{exc.token[:12]}..."
        raise InputError(
            f"{shown} {exc.problem}",
            where=f"{where}, line {line}" if line else where,
        ) from exc
    except RecursionError as exc:
        raise InputError("the file is nested too deeply to be a cpdesk file", where=where) from exc
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        line = _line_of(text, r"\\u[dD][89abAB][0-9a-fA-F]{2}")
        raise InputError(
            "the file has an escaped character that is not valid Unicode (a lone surrogate)",
            where=f"{where}, line {line}" if line else where,
        ) from exc
    return data


@cache
def load_schema(name: str) -> dict[str, Any]:
    """One of the published JSON Schemas in schema/."""
    with open(schema_dir() / name, encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def read_json_file(path: Path, schema_name: str, *, max_bytes: int, what: str) -> tuple[Any, str]:
    """Read and check a JSON file; return the data and its text, or raise InputError saying what and where."""
    path = Path(path)
    return check_json_bytes(read_offered_file(path, max_bytes=max_bytes, what=what), str(path), schema_name)


def check_json_bytes(raw: bytes, where: str, schema_name: str) -> tuple[Any, str]:
    """Check the bytes of a JSON file already read (or decrypted); the data and its text, or InputError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        if exc.reason == "unexpected end of data":
            raise InputError(
                "the file ends too soon: it looks cut short", where=f"{where}, line {line}"
            ) from exc
        raise InputError(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte {exc.start})",
            where=f"{where}, line {line}",
        ) from exc
    data = _parse(text, where)
    import jsonschema  # only when a file is offered: it costs a noticeable share of start-up time

    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(data))
        if error is not None:
            field = tuple(error.absolute_path)
            field_line = value_lines(text).get(field)
            raise InputError(
                f"{describe_path(field)}: {_plain(error)}",
                where=f"{where}, line {field_line}" if field_line else where,
            )
    except RecursionError as exc:
        raise InputError("the file is nested too deeply to be a cpdesk file", where=where) from exc
    return data, text


def _plain(error: jsonschema.ValidationError) -> str:
    """The validator's complaint in words a clerk can act on."""
    if error.validator == "required":
        missing = [repr(name) for name in error.validator_value if name not in error.instance]
        if len(missing) == 1:
            return f"missing field {missing[0]}"
        if len(missing) <= 3:
            return f"missing fields {', '.join(missing)}"
        return f"missing {len(missing)} fields: {', '.join(missing[:3])} and {len(missing) - 3} more"
    if error.validator == "type":
        return f"should be {_a(error.validator_value)}, not {_a(_json_type(error.instance))}"
    if error.validator in ("minLength", "pattern") and isinstance(error.instance, str):
        if not error.instance.strip():
            return "must not be empty"
        form = _FORMS.get(str(error.validator_value), f"the pattern {error.validator_value}")
        return f"{quoted(error.instance)} should be {form}"
    if error.validator == "additionalProperties":
        return _short(str(error.message).replace("Additional properties are not allowed", "unknown field"))
    if error.validator == "not" and isinstance(error.instance, str):
        return "must be one paragraph, with no blank line inside it; make each paragraph its own entry"
    if error.validator == "uniqueItems":
        return "lists the same entry twice"
    if error.validator == "const":
        return f"should be {error.validator_value!r}"
    if error.validator == "enum":
        return f"should be one of {', '.join(repr(v) for v in error.validator_value)}"
    return _short(str(error.message))  # the validator's own words, which quote the value


def _short(message: str) -> str:
    """A message that quotes what a file holds, kept to one readable line."""
    message = " ".join(message.split())
    return message if len(message) <= 200 else f"{message[:180]}..."


# What the schema's patterns ask for, in words.
_FORMS = {
    "^[a-z][a-z0-9_]*$": "lower-case letters, digits and _, starting with a letter",
    "^[0-9]{4}-[0-9]{2}$": "a year and month, such as 2024-03",
}


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _a(kind: Any) -> str:
    words = {
        "object": "an object",
        "array": "a list",
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
        "null": "null",
    }
    if isinstance(kind, list):
        return " or ".join(words.get(str(k), str(k)) for k in kind)
    return words.get(kind, str(kind))
