"""Markers for user-visible text in the analysis wording (the project-wide hook)."""

from __future__ import annotations

from paindiary.i18n import _, _n

__all__ = ["_", "_n"]
