"""Dose against relief days within one comparable group (docs/relief-metrics.md, "Across courses").

Only groups of at least 8 uncensored courses are tested, never across drugs, routes or series
lengths. Spearman's ρ uses mid-ranks for ties; its two-sided p is exact for up to 10 courses
(every pairing counted, by a dynamic programme over which relief ranks are taken) and a
t-approximation above.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from paindiary.analysis.results import CourseRelief, DoseResponseGroup, ReliefStatus
from paindiary.analysis.rounding import round_computed, round_exact
from paindiary.analysis.typical_relief import comparable_groups

MINIMUM_COURSES = 8
EXACT_UP_TO = 10
PER_SESSION = "dose_mg_per_kg_per_session"
TOTAL = "dose_mg"


def dose_response(courses: Sequence[CourseRelief]) -> tuple[DoseResponseGroup, ...]:
    """Spearman's ρ of dose and of course order against relief days, per group of ≥ 8 courses."""
    found: list[DoseResponseGroup] = []
    for (drug_route, size), members in comparable_groups(courses).items():
        used = [
            course
            for course in members
            if course.status is ReliefStatus.OK
            and course.relief_days_30 is not None
            and course.censored_30 is False
        ]
        measure = PER_SESSION
        if any(course.dose_mg_per_kg_per_session is None for course in used):
            measure = TOTAL
            used = [course for course in used if course.dose_mg is not None]
        if len(used) < MINIMUM_COURSES:
            continue
        doses = [float(getattr(course, measure)) for course in used]
        relief = [float(course.relief_days_30 or 0) for course in used]
        rho, p, method = spearman_test(doses, relief)
        rho_time, _p, _method = spearman_test([float(course.course) for course in used], relief)
        found.append(
            DoseResponseGroup(
                drug_route=drug_route,
                sessions_per_course=size,
                n=len(used),
                dose_measure=measure,
                course_numbers=tuple(course.course for course in used),
                rho=rho,
                p=p,
                p_method=method,
                rho_time=rho_time,
            )
        )
    return tuple(found)


def mid_ranks(values: Sequence[float]) -> list[Fraction]:
    """1-based ranks; tied values share the mean of their places."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    ranks = [Fraction(0)] * len(values)
    start = 0
    while start < len(order):
        stop = start
        while stop + 1 < len(order) and values[order[stop + 1]] == values[order[start]]:
            stop += 1
        for position in range(start, stop + 1):
            ranks[order[position]] = Fraction(start + stop + 2, 2)
        start = stop + 1
    return ranks


def spearman_test(x: Sequence[float], y: Sequence[float]) -> tuple[float | None, float | None, str | None]:
    """(ρ to 2 decimals, two-sided p to 3 decimals, method); all None when either side is constant."""
    n = len(x)
    # Doubled mid-ranks are whole numbers, so the statistic and its comparisons stay exact.
    a = [int(rank * 2) for rank in mid_ranks(x)]
    b = [int(rank * 2) for rank in mid_ranks(y)]
    spread_a = n * sum(v * v for v in a) - sum(a) ** 2
    spread_b = n * sum(v * v for v in b) - sum(b) ** 2
    if spread_a == 0 or spread_b == 0:
        return None, None, None
    centred = n * sum(u * v for u, v in zip(a, b, strict=True)) - sum(a) * sum(b)
    rho = centred / math.sqrt(spread_a * spread_b)
    rounded_rho = round_computed(rho, 2, lambda: Fraction(rho))
    if n <= EXACT_UP_TO:
        p_exact = _permutation_p(a, b, abs(centred))
        return rounded_rho, round_exact(p_exact, 3), "exact-permutation"
    p = t_approximation_p(rho, n)
    return rounded_rho, round_computed(p, 3, lambda: Fraction(p)), "t-approximation"


def _permutation_p(a: list[int], b: list[int], observed: int) -> Fraction:
    """Share of the n! pairings of a with b whose |n·Σab − Σa·Σb| reaches the observed one."""
    n = len(a)
    top = sum(sorted(a)[i] * sorted(b)[i] for i in range(n))
    # layer[mask] = how many ways to pair a[0…i−1] with the b's in mask give each Σab
    layer: dict[int, np.ndarray] = {0: np.zeros(top + 1, dtype=np.int64)}
    layer[0][0] = 1
    for i in range(n):
        following: dict[int, np.ndarray] = {}
        for mask, counts in layer.items():
            for j in range(n):
                if mask >> j & 1:
                    continue
                shift = a[i] * b[j]
                target = following.get(mask | 1 << j)
                if target is None:
                    target = following[mask | 1 << j] = np.zeros(top + 1, dtype=np.int64)
                target[shift:] += counts[: top + 1 - shift]
        layer = following
    (totals,) = layer.values()
    sums = np.arange(top + 1, dtype=np.int64)
    extreme = np.abs(n * sums - sum(a) * sum(b)) >= observed
    return Fraction(int(totals[extreme].sum()), math.factorial(n))


def t_approximation_p(rho: float, n: int) -> float:
    """Two-sided p of t = ρ·√((n−2)/(1−ρ²)) on n − 2 degrees of freedom."""
    if abs(rho) >= 1:
        return 0.0
    freedom = n - 2
    t_squared = rho * rho * freedom / (1 - rho * rho)
    return _incomplete_beta(freedom / (freedom + t_squared), freedom / 2, 0.5)


def _incomplete_beta(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b), by its continued fraction."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _incomplete_beta(1 - x, b, a)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return front * result / a
