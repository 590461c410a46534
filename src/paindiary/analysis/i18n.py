"""Markers for user-visible text, so it can be translated later without touching callers."""

from __future__ import annotations


def _(text: str) -> str:
    """Mark a sentence for translation; returns it unchanged for now."""
    return text


def _n(singular: str, plural: str, count: int) -> str:
    """Mark a sentence with a singular and a plural form; picks the English form for now."""
    return singular if count == 1 else plural
