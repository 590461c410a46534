"""Every result of the relief analysis on generated diaries is what it was when frozen.

Speed work must not change a single number, flag or per-day value (see frozen.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.analysis.relief.frozen import DIARIES, FROZEN, analysed


@pytest.fixture(scope="module")
def frozen() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("seed", range(DIARIES))
def test_results_are_the_frozen_ones(seed: int, frozen: dict[str, Any]) -> None:
    assert analysed(seed) == frozen[str(seed)]
