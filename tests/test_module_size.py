"""No module in paindiary is longer than 450 lines: one that grows past it holds more than one job."""

from __future__ import annotations

from pathlib import Path

import paindiary

PACKAGE = Path(paindiary.__file__).parent
MAX_LINES = 450


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_every_module_is_at_most_450_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := line_count(path)) > MAX_LINES
    }
    assert too_long == {}


def test_the_count_sees_a_long_module(tmp_path: Path) -> None:
    module = tmp_path / "long.py"
    module.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert line_count(module) == MAX_LINES + 1
