"""A JSON document's text: bytes decoded, then parsed strictly (no repeated keys, no huge numbers).

Every refusal is a ValidationError of the field "file"; json_document checks what the values mean.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from paindiary.domain import ValidationError
from paindiary.formats.imported import quoted
from paindiary.formats.tabular import utf16_without_bom
from paindiary.i18n import _

# More digits than any field of a document has (a pain score, minutes, a dose).
MAX_DIGITS = 32


class _RefusedJson(ValueError):
    """A JSON text the standard library would read, but that no paindiary document holds."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys without a word; a document never repeats one.
    found = dict(pairs)  # at C speed: an object per record of a long document comes through here
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise _RefusedJson(_("the key {key} appears twice in one object").format(key=quoted(key)))
        seen.add(key)
    raise AssertionError("unreachable: a shorter dict has a repeated key")


def _bounded_int(text: str) -> int:
    # int() refuses numbers over 4,300 digits with a ValueError; no field needs more than a few.
    if len(text.lstrip("-")) > MAX_DIGITS:
        message = _("a number has more than {limit} digits ({text})")
        raise _RefusedJson(message.format(limit=MAX_DIGITS, text=quoted(text, 40)))
    return int(text)


def decode_json(data: bytes) -> str:
    """A document's bytes as text: UTF-8 (BOM or not) or UTF-16; else the first bad byte."""
    encoding = utf16_without_bom(data) or "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding == "utf-8-sig" else "UTF-16"
        raise ValidationError("encoding", f"is not {name} text (byte {exc.start})") from None


def loads(text: str) -> Any:
    """JSON text as Python values; every refusal (bad JSON, repeated keys, huge numbers) a ValidationError."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file",
            _("is not valid JSON (line {line}, column {column}: {detail})").format(
                line=exc.lineno, column=exc.colno, detail=exc.msg
            ),
        ) from None
    except _RefusedJson as exc:
        raise ValidationError("file", str(exc)) from None
    except RecursionError:
        raise ValidationError("file", _("is nested too deeply to be a paindiary document")) from None
    except MemoryError:
        raise ValidationError("file", _("is too large to read in the memory available")) from None
