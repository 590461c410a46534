"""A JSON document's text: what the standard library would let through is refused in words."""

from __future__ import annotations

import pytest

from paindiary.domain import ValidationError
from paindiary.formats.json_text import decode_json, loads


def test_a_key_repeated_in_one_object_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError, match="the key 'pain' appears twice in one object"):
        loads('{"entries": [{"at": "2024-03-01T08:00", "pain": 3, "pain": 7}]}')


def test_equal_keys_in_different_objects_are_fine() -> None:
    assert loads('[{"pain": 3}, {"pain": 7}]') == [{"pain": 3}, {"pain": 7}]


def test_a_number_with_too_many_digits_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than 32 digits"):
        loads('{"pain": ' + "9" * 40 + "}")


def test_utf16_with_a_bom_decodes_and_bad_utf8_names_its_byte() -> None:
    assert decode_json('{"a": "ä"}'.encode("utf-16")) == '{"a": "ä"}'
    with pytest.raises(ValidationError, match=r"is not UTF-8 text \(byte 7\)"):
        decode_json(b'{"a": "\xe4"}')
