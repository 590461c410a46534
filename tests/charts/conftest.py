"""Fixtures for the chart tests: a hand-made diary with known relief, the two-year demo, an empty one."""

from __future__ import annotations

from datetime import date

import pytest

from paindiary.charts.common import ChartData, prepare
from paindiary.demo import build_demo
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from tests.charts.chart_data import two_courses

DEMO_TODAY = date(2024, 6, 1)


@pytest.fixture
def simple() -> ChartData:
    entries, sessions = two_courses()
    return prepare(entries, sessions, AnalysisSettings())


@pytest.fixture(scope="session")
def demo_records() -> tuple[list[PainEntry], list[TreatmentSession]]:
    return build_demo(DEMO_TODAY)


@pytest.fixture
def demo(demo_records: tuple[list[PainEntry], list[TreatmentSession]]) -> ChartData:
    entries, sessions = demo_records
    return prepare(entries, sessions, AnalysisSettings())


@pytest.fixture
def empty() -> ChartData:
    return prepare([], [], AnalysisSettings())
