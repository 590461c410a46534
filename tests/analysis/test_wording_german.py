"""A few sentences in German, read from the catalogue without Qt (the core's own translation hook)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from paindiary import i18n
from paindiary.analysis.results import CensorReason
from paindiary.analysis.wording import course_sentences, relief_sentence
from paindiary.analysis.wording_across import now_sentence, typical_relief
from paindiary.domain import AnalysisSettings
from paindiary.resources import translations_dir
from tests.support.relief_factory import course, now_line, typical

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import update_translations

SETTINGS = AnalysisSettings()


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_translator(update_translations.plain_translator(translations_dir() / "paindiary_de.ts"))
    yield
    i18n.set_translator(None)


@pytest.mark.usefixtures("german")
def test_relief_and_its_lowest_day_in_german() -> None:
    assert course_sentences(course(), SETTINGS) == [
        "13 Tage nach dieser Serie (Tag 0 bis Tag 12) lag Ihr Schmerz mindestens 30 % unter Ihrem üblichen "
        "Schmerz (6,3/10).",
        "Am tiefsten an Tag 2: 2,4/10, 62 % unter dem üblichen.",
    ]


@pytest.mark.usefixtures("german")
def test_censored_relief_and_the_now_line_in_german() -> None:
    going = course(relief_days_30=1, censored_30=True, censor_reason_30=CensorReason.NEXT_COURSE)
    assert relief_sentence(going, SETTINGS) == (
        "Mindestens 1 Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens 30 % unter Ihrem üblichen "
        "Schmerz (6,3/10); als die nächste Serie begann, war das noch nicht vorbei."
    )
    assert now_sentence(now_line(going, day=3, recent_mean=2.5), SETTINGS) == (
        "Tag 3 nach Serie 1. Ihr Schmerz an Ihren letzten beiden Tagen mit Einträgen lag bei etwa 2,5/10; "
        "üblich sind für Sie 6,3/10. Linderung um 30 %: mindestens 1 Tag."
    )


@pytest.mark.usefixtures("german")
def test_typical_relief_in_german() -> None:
    assert typical_relief(typical()) == (
        "Intravenöse Infusion, Ketamin, einzelne Sitzungen: Die Linderung um 30 % hielt typischerweise "
        "15 Tage an (4 Serien, 11–18 Tage)."
    )


@pytest.mark.usefixtures("german")
def test_the_medicines_line_in_german_uses_a_decimal_comma() -> None:
    from paindiary.analysis.clinic_results import CourseMedicines
    from paindiary.analysis.wording_medicines import medicines_sentences

    line = CourseMedicines(
        course=1,
        days_before=28,
        days_after=17,
        as_needed_days_per_week_before=2.3,
        as_needed_days_per_week_after=0.4,
        as_needed_doses_per_week_before=2.3,
        as_needed_doses_per_week_after=0.4,
        mme_per_day_before=2.4,
        mme_per_day_after=None,
    )
    assert medicines_sentences(line, has_mme=True) == [
        "Bedarfsmedikation an 2,3 Tagen pro Woche in den 4 Wochen davor, an 0,4 in den 17 Tagen danach.",
        "Opioide: 2,4 MME pro Tag davor, – danach (ungefähr, nur für den Verlauf).",
    ]
