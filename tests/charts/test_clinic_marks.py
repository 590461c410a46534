"""The fuller record on the charts: PEG on the timeline, session blood pressure, bladder check-ins."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import numpy as np

from paindiary.charts.bladder_checkins import checkin_columns, row_label
from paindiary.charts.clinic_marks import daily_peg, session_readings
from paindiary.charts.common import ChartData, prepare
from paindiary.charts.side_effects import SideEffectsChart
from paindiary.charts.style import date_numbers, moment_number
from paindiary.charts.timeline import TimelineChart
from paindiary.clinic_records import Checkin, Vitals, VitalsMoment
from paindiary.domain import PainEntry
from tests.charts.chart_data import chart_of, drawn

PEG_LEGEND = "PEG: mean of pain, enjoyment, activity"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def with_peg(data: ChartData) -> ChartData:
    """Every other entry also answers enjoyment and activity (PEG = (pain + pain + 1 + pain) / 3)."""
    entries = [
        replace(entry, enjoyment=min(10, entry.pain + 1), activity=entry.pain) if index % 2 == 0 else entry
        for index, entry in enumerate(data.entries)
    ]
    return replace(data, entries=entries)


def top_readings(data: ChartData) -> list[Vitals]:
    first, second = data.sessions[0], data.sessions[-1]
    return [
        Vitals(
            at=first.at + timedelta(minutes=20),
            moment=VitalsMoment.BEFORE,
            session=first.id,
            systolic=135,
            diastolic=85,
        ),
        Vitals(
            at=first.at + timedelta(minutes=50),
            moment=VitalsMoment.HIGHEST,
            session=first.id,
            systolic=148,
            diastolic=92,
        ),
        Vitals(
            at=second.at, moment=VitalsMoment.BEFORE, session=second.id, heart_rate=80
        ),  # no blood pressure
        Vitals(at=second.at, moment=VitalsMoment.HOME, systolic=170, diastolic=100),  # at home: not drawn
    ]


def test_daily_peg_is_the_mean_of_each_dates_scores() -> None:
    entries = [
        PainEntry(at=at("2024-03-01 08:00"), pain=6, enjoyment=6, activity=6),
        PainEntry(at=at("2024-03-01 20:00"), pain=3, enjoyment=3, activity=3),
        PainEntry(at=at("2024-03-02 20:00"), pain=3),  # no PEG
    ]
    days, scores = daily_peg(entries)
    assert [day.isoformat() for day in days] == ["2024-03-01"]
    assert scores == [4.5]


def test_the_timeline_draws_peg_as_a_second_line_with_its_legend_entry(simple: ChartData) -> None:
    assert chart_of("timeline", simple, TimelineChart).legend_entries[1][-1] != PEG_LEGEND  # no PEG recorded
    data = with_peg(simple)
    chart = chart_of("timeline", data, TimelineChart)
    drawn(chart.figure.get_figure(root=True))  # the line and its legend draw
    x, y = (np.asarray(values, dtype=float) for values in chart.clinic.peg_line.get_data())
    days, scores = daily_peg(data.entries)
    assert len(days) > 10
    assert np.allclose(x, np.asarray(date_numbers(days)) + 0.5)
    assert np.allclose(y, scores)
    assert chart.legend_entries[1][-1] == PEG_LEGEND


def test_session_blood_pressure_is_plain_text_under_the_session(simple: ChartData) -> None:
    data = replace(simple, vitals=top_readings(simple))
    chart = chart_of("timeline", data, TimelineChart)
    assert [label.get_text() for label in chart.clinic.labels] == ["148/92"]
    (label,) = chart.clinic.labels
    assert label.get_color() == chart.theme.foreground  # no colour grades a reading
    assert label.get_position()[0] == moment_number(simple.sessions[0].at)
    assert (
        chart.clinic.reading_description(0)
        == "1 Mar 2024: blood pressure 148/92 mmHg (top reading at the session)"
    )
    assert [reading.text for reading in session_readings(simple.sessions, [])] == []


def test_bladder_check_ins_go_to_the_latest_course_started_before_them(simple: ChartData) -> None:
    courses = simple.courses_in_period()
    early = Checkin(at=at("2024-02-25 10:00"), urgency=True)  # before every course: no column
    after_first = [
        Checkin(at=at("2024-03-05 10:00"), urgency=True),
        Checkin(at=at("2024-03-20 10:00"), blood=True),
    ]
    after_second = Checkin(at=at("2024-04-03 10:00"))
    columns = checkin_columns(courses, [after_second, early, *after_first])
    assert columns == {0: after_first, 1: [after_second]}


def test_the_side_effects_chart_adds_a_check_in_row(simple: ChartData) -> None:
    checkins = [
        Checkin(at=at("2024-03-05 10:00"), urgency=True),
        Checkin(at=at("2024-03-20 10:00"), more_often=True, blood=True),
        Checkin(at=at("2024-04-03 10:00")),  # nothing ticked
    ]
    chart = chart_of("side-effects", replace(simple, checkins=checkins), SideEffectsChart)
    labels = [label.get_text() for label in chart.ax.get_yticklabels()]
    row = len(labels) - 1
    assert labels[-1] == row_label()
    assert [list(values) for values in chart.bladder.with_symptoms.get_data()] == [[0], [row]]
    assert [list(values) for values in chart.bladder.without.get_data()] == [[1], [row]]
    assert [text.get_text() for text in chart.bladder.counts] == ["×2"]
    texts = [chart.layers[0].describe(index) for index in range(len(chart.layers[0].x))]
    expected = "Course 1 (1 Mar 2024): bladder check-ins: 5 Mar 2024: urgency; 20 Mar 2024: more often, "
    assert expected + "blood in urine" in texts


def test_check_ins_alone_still_draw_the_chart(simple: ChartData) -> None:
    sessions = [replace(session, side_effects=()) for session in simple.sessions]
    quiet = prepare(simple.entries, sessions, simple.settings, at=simple.analysis.at)
    assert chart_of("side-effects", quiet, SideEffectsChart).is_empty
    checkins = [Checkin(at=at("2024-03-05 10:00"), pain=True)]
    chart = chart_of("side-effects", replace(quiet, checkins=checkins), SideEffectsChart)
    assert not chart.is_empty
    assert [label.get_text() for label in chart.ax.get_yticklabels()] == [row_label()]
