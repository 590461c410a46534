"""Where in a file a problem is, in the reader's language: "line 12, column 'Pain'".

A place is built from its parts, so the column part of a cell's place is exactly the place of
the column alone (the import wizard shows an error beside the column it names by that).
"""

from __future__ import annotations

from paindiary.i18n import _


def line(number: int) -> str:
    return _("line {n}").format(n=number)


def column(name: str) -> str:
    return _("column {name}").format(name=repr(name))


def cell(number: int, name: str) -> str:
    return f"{line(number)}, {column(name)}"


def character(number: int, position: int) -> str:
    """A character of a line, counted from 1."""
    return f"{line(number)}, " + _("character {n}").format(n=position)
