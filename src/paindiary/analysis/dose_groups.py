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
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt

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


def doubled_mid_ranks(values: Sequence[float]) -> list[int]:
    """Twice the 1-based ranks, tied values sharing the mean of their places (whole numbers)."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    ranks = [0] * len(values)
    start = 0
    while start < len(order):
        stop = start
        while stop + 1 < len(order) and values[order[stop + 1]] == values[order[start]]:
            stop += 1
        for position in range(start, stop + 1):
            ranks[order[position]] = start + stop + 2
        start = stop + 1
    return ranks


def spearman_test(x: Sequence[float], y: Sequence[float]) -> tuple[float | None, float | None, str | None]:
    """(ρ to 2 decimals, two-sided p to 3 decimals, method); all None when either side is constant."""
    n = len(x)
    # Doubled mid-ranks are whole numbers, so the statistic and its comparisons stay exact.
    a = doubled_mid_ranks(x)
    b = doubled_mid_ranks(y)
    spread_a = n * sum(v * v for v in a) - sum(a) ** 2
    spread_b = n * sum(v * v for v in b) - sum(b) ** 2
    if spread_a == 0 or spread_b == 0:
        return None, None, None
    centred = n * sum(u * v for u, v in zip(a, b, strict=True)) - sum(a) * sum(b)
    rho = centred / math.sqrt(spread_a * spread_b)
    rounded_rho = round_computed(rho, 2, lambda: Fraction(rho))
    if n <= EXACT_UP_TO:
        p_exact = _permutation_p(tuple(a), tuple(b), abs(centred))
        return rounded_rho, round_exact(p_exact, 3), "exact-permutation"
    p = t_approximation_p(rho, n)
    return rounded_rho, round_computed(p, 3, lambda: Fraction(p)), "t-approximation"


@lru_cache(maxsize=64)
def _permutation_p(ranks_a: tuple[int, ...], ranks_b: tuple[int, ...], observed: int) -> Fraction:
    """Share of the n! pairings of a with b whose |n·Σab − Σa·Σb| reaches the observed one.

    counts[row] holds, for a[0…i−1] paired with the b's of one i-bit mask, how many pairings give
    each Σab; each step is n array operations over all masks at once, not n·2ⁿ loops. It costs
    10–30 ms for 10 courses, so results are kept: the same group is re-analysed after every save.
    """
    n = len(ranks_a)
    scale_a, scale_b = math.gcd(*ranks_a), math.gcd(*ranks_b)  # smaller sums, the same order
    a = [value // scale_a for value in ranks_a]
    b = [value // scale_b for value in ranks_b]
    observed_scaled = Fraction(observed, scale_a * scale_b)
    top = sum(x * y for x, y in zip(sorted(a), sorted(b), strict=True))  # the largest Σab
    counts = np.zeros((1, top + 1), dtype=np.int64)
    counts[0, 0] = 1
    for i, steps in enumerate(_mask_steps(n)):
        grown = np.zeros((math.comb(n, i + 1), top + 1), dtype=np.int64)
        for j, (sources, targets) in enumerate(steps):
            shift = a[i] * b[j]
            grown[targets, shift:] += counts[sources, : top + 1 - shift]
        counts = grown
    sums = np.arange(top + 1, dtype=np.int64)
    extreme = np.abs(n * sums - sum(a) * sum(b)) >= observed_scaled
    return Fraction(int(counts[0][extreme].sum()), math.factorial(n))


@cache
def _mask_steps(n: int) -> list[list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]]]:
    """Per step i and b-index j: the rows of i-bit masks without bit j, and the rows they grow into."""
    by_bits: list[list[int]] = [[] for _ in range(n + 1)]
    for mask in range(1 << n):
        by_bits[mask.bit_count()].append(mask)
    steps = []
    for i in range(n):
        row_of = {mask: row for row, mask in enumerate(by_bits[i + 1])}
        per_j = []
        for j in range(n):
            sources = [row for row, mask in enumerate(by_bits[i]) if not mask >> j & 1]
            targets = [row_of[by_bits[i][row] | 1 << j] for row in sources]
            per_j.append((np.array(sources, dtype=np.intp), np.array(targets, dtype=np.intp)))
        steps.append(per_j)
    return steps


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
