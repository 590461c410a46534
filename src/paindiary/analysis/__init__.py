"""Pure analysis of the diary's numbers: daily series, courses, relief, doses, side effects.

No Qt, no SQL, no matplotlib: plain domain records in, frozen dataclasses out. Relief is
measured by `relief_analysis` (docs/relief-metrics.md); its results are in analysis.results.

Import the modules themselves: this package imports nothing, so that code needing one small
part (a course grouping, a result type) does not load numpy and every analysis module with it —
the window's start-up imports analysis types long before it analyses anything.
"""
