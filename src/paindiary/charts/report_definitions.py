"""The report's last page: what each measure means, with the settings used.

The only place the report uses technical terms (trimmed mean, Kaplan–Meier, Spearman).
"""

from __future__ import annotations

from paindiary.analysis.wording_across import immpact_caution
from paindiary.charts.report_content import CARRIED_MARK, SPARSE_MARK
from paindiary.domain import AnalysisSettings
from paindiary.i18n import _


def measure_explanations(settings: AnalysisSettings) -> list[str]:
    """What the numbers mean, with the settings used."""
    return [
        _(
            "Course: one session, or sessions at most {gap} days apart unless marked as a new series. "
            "Day 0 is the date the course's last session ended; sessions still to come are left out."
        ).format(gap=settings.course_gap_days),
        _(
            "Usual pain (baseline): the 20 % trimmed mean of the daily mean pain over the {days} days "
            "before the course's first session, leaving out days inside an earlier course's influence "
            "(its relief, at least {washout} days). With fewer than {full} usable days the baseline of "
            "the latest earlier course with a full own baseline (up to {carry} days earlier) is carried "
            "({carried}); with fewer than {needed} and none to carry, relief is not measured."
        ).format(
            days=settings.baseline_days,
            washout=settings.washout_days,
            full=settings.full_baseline_days,
            carry=settings.carry_forward_days,
            carried=CARRIED_MARK,
            needed=settings.min_baseline_days,
        ),
        _(
            "Relief days at 30 % and 50 %: counted from day 0, how long pain stayed at least 30 % "
            "(moderately important) or 50 % (substantial) below usual pain, on a 3-point median of "
            "logged days only. Relief must begin by day {onset}; gaps of up to {bridge} days without "
            'entries are bridged. "≥" means relief was still going when the entries stopped, a longer '
            "gap came, the next course began or {horizon} days had passed."
        ).format(
            onset=settings.onset_window_days, bridge=settings.max_gap_days, horizon=settings.horizon_days
        ),
        _(
            "Lowest: the largest reduction of the 3-point median in days 0 to {last} (or over the relief, "
            "if longer), and its day. Sparse follow-up ({mark}): fewer than half of the first 14 days "
            "logged."
        ).format(last=settings.peak_window_days - 1, mark=SPARSE_MARK),
        _(
            "Typical relief: the Kaplan–Meier median of relief days at 30 % within courses of the same "
            "drug, route and number of sessions (at least 3 courses); relief still going counts as "
            "censored."
        ),
        _(
            "Dosing runs: sessions at a steady rhythm for at least two weeks (twice a week or more, about "
            "weekly, about every two weeks); mean pain over the run against the usual pain of the latest "
            "own, uninfluenced baseline before it, and pain in the 24 hours before each dose."
        ),
        immpact_caution(),
    ]


def settings_line(settings: AnalysisSettings) -> str:
    return _(
        "Settings used: baseline {baseline} days (at least {needed}, full from {full}), course gap "
        "{gap} days, onset by day {onset}, gaps bridged up to {bridge} days, washout {washout} days, "
        "carried baselines up to {carry} days old, lowest point within {peak} days, follow-up up to "
        "{horizon} days. Thresholds 30 % and 50 % (IMMPACT, Dworkin et al. 2008)."
    ).format(
        baseline=settings.baseline_days,
        needed=settings.min_baseline_days,
        full=settings.full_baseline_days,
        gap=settings.course_gap_days,
        onset=settings.onset_window_days,
        bridge=settings.max_gap_days,
        washout=settings.washout_days,
        carry=settings.carry_forward_days,
        peak=settings.peak_window_days,
        horizon=settings.horizon_days,
    )
