"""The report's text pages as a reader sees them: no text drawn over another, in every language.

Built from the two sample diaries (a loading series with boosters, and a maintenance schedule
with dosing runs), whose course and run tables are the widest the report prints.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from paindiary import i18n
from paindiary.appointment.build import build_content
from paindiary.appointment.inputs import ReportChoices
from paindiary.appointment.source import inputs_without_records
from paindiary.charts import style
from paindiary.charts.report_pages import wrap
from paindiary.demo import fill_with_demo
from paindiary.formats.appointment_pages import first_pages, last_pages
from paindiary.formats.report import default_period
from paindiary.resources import translations_dir
from paindiary.store import Diary
from tests.charts.layout import texts_overlapping_or_outside

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import update_translations

NOW = datetime(2026, 12, 4, 10, 0)


def use_language(language: str) -> None:
    if language == "en":
        i18n.set_translator(None)
        return
    i18n.set_translator(update_translations.plain_translator(translations_dir() / f"paindiary_{language}.ts"))


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_translator(None)


@pytest.fixture(scope="module", params=["standard", "maintenance"])
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Diary]:
    path = tmp_path_factory.mktemp(request.param) / "sample.sqlite3"
    with Diary.open(path) as diary:
        fill_with_demo(diary, NOW.date(), now=NOW, scenario=request.param)
        yield diary


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_text_of_the_text_pages_is_drawn_over_another(sample: Diary, language: str) -> None:
    use_language(language)
    entries, sessions = sample.entries(), sample.sessions()
    first, last = default_period(entries, sessions, None, None, NOW.date())
    inputs = inputs_without_records(
        entries, sessions, sample.analysis_settings(), at=NOW, choices=ReportChoices(), period=(first, last)
    )
    content = build_content(inputs)
    pages = first_pages(content, style.A4) + last_pages(content, style.A4)
    assert [texts_overlapping_or_outside(page) for page in pages] == [[] for _page in pages]


def test_a_percentage_is_never_split_from_its_number() -> None:
    lines = wrap("Lowest on day 0: 4.5/10, 32 % below usual, and more words after it", 1.6, 8.5)
    assert not any(line.endswith(" 32") or line.startswith("%") for line in lines), lines
    assert " ".join(lines) == "Lowest on day 0: 4.5/10, 32 % below usual, and more words after it"


def test_bold_headers_wrap_sooner_than_plain_text() -> None:
    header = "Lowest (% below usual, day)"
    assert len(wrap(header, 0.82, 7.5, bold=True)) > len(wrap(header, 0.82, 7.5))
